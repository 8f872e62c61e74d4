def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/specpoet/dev/specpoet/clients/cartovista/api/ApiKeyApi.java')
assert generated.isFile()
assert log.contains('Specpoet: cartovista-cloud ->') && log.contains('43 written')
assert log.contains('is up to date (43 files')
assert new File(basedir, 'target/classes/dev/specpoet/clients/cartovista/api/ApiKeyApi.class').isFile()
return true
