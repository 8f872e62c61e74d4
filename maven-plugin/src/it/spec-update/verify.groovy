def log = new File(basedir, 'build.log').text
assert log.contains('BREAKING operation DefaultApi.deleteKey: removed (DELETE /keys/{id})')
assert log.contains('[INFO] spec-v2.yaml:1:1: enum-value KeyRole AUDITOR: added')
// The failed build wrote nothing and recorded nothing, so the accepted build reports the change again.
assert log.contains('[WARNING] spec-v2.yaml:1:1: BREAKING operation DefaultApi.deleteKey')
def api = new File(basedir, 'target/generated-sources/specpoet/com/example/keys/api/DefaultApi.java').text
assert !api.contains('deleteKey')
assert api.contains('listKeys')
return true
