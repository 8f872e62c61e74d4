def log = new File(basedir, 'build.log').text
assert log.contains('Invalid spec broken.yaml')
assert log =~ /broken\.yaml:\d+:\d+#\/paths/
def api = new File(basedir, 'target/generated-sources/specpoet/com/example/keys/api/DefaultApi.java').text
assert api.contains('deleteKey')
return true
