def log = new File(basedir, 'build.log').text
assert log.contains('the generated client calls the Specpoet runtime library, and this project does not depend on it')
assert log.contains('<artifactId>specpoet-runtime</artifactId>')
assert log.contains('<runtime>embedded</runtime>')
// Nothing was generated: the check runs before the generator.
assert !new File(basedir, 'target/generated-sources/specpoet').exists()
return true
