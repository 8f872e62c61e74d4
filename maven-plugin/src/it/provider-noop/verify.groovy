def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/specpoet/dev/specpoet/clients/cartovista/api/ApiKeyApi.java')
assert generated.isFile()
// 5 files: CartoVista's client, API class and models; the runtime is the library the POM names.
assert log.contains('Specpoet: cartovista-cloud ->') && log.contains('5 written')
assert log.contains('is up to date (5 files')
// The compiler sees no source newer than its classes: the no-op build touched no generated file.
def compilerRuns = log.split(':compile \\(default-compile\\)')
assert compilerRuns.size() == 3
assert compilerRuns[2].contains('Nothing to compile - all classes are up to date')
assert new File(basedir, 'target/classes/dev/specpoet/clients/cartovista/api/ApiKeyApi.class').isFile()
// specpoet:help describes the goal and every parameter with its user property.
assert log.contains('specpoet:generate')
assert log.contains('Generates a Java client from an OpenAPI or Swagger spec')
['provider', 'inputSpec', 'basePackage', 'remoteSpecCache', 'failOnBreakingChange', 'runtime', 'skip'].each {
    assert log.contains("User property: specpoet.${it}")
}
return true
