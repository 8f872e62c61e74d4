def log = new File(basedir, 'build.log').text
def state = new File(basedir, 'target/specpoet-state')
def changelog = { String extension ->
    def files = state.listFiles().findAll { it.name.endsWith(".api-changes.$extension") }
    assert files.size() == 1
    files[0].text
}

// Build 2: the summary, the path of the changelog, the first 20 breaking changes and "and N more".
assert log =~ /\[INFO\] spec-v2\.yaml(:1:1)?: API changes since the last run: semver major: 21 breaking \(20 at compile time, 1 at run time\), 8 compatible; see .*target.specpoet-state.specpoet-[0-9a-f]+\.api-changes\.md/
assert log.contains('changes the generated API in ways that break callers')
assert log.contains('spec-v1.yaml:41:7#/paths/~1keys~1{id}/delete: DefaultApi.deleteKey: method removed (DELETE /keys/{id}) [breaks compile]')
assert log.contains('spec-v2.yaml:11:11#/paths/~1keys/get/parameters/2: DefaultApi.listKeys: parameter tenant added (string, required) [breaks compile]')
assert log =~ /and 1 more breaking changes in .*\.api-changes\.md/
// Compatible changes are in the file, not in the log.
assert !log.contains('parameter cursor added')

// Build 3: every breaking change accepted; the changelog says so.
assert log.contains('[INFO] spec-v1.yaml:41:7#/paths/~1keys~1{id}/delete: DefaultApi.deleteKey: method removed (DELETE /keys/{id}) [breaks compile, accepted]')
assert log.contains('semver major: 21 breaking (20 at compile time, 1 at run time, 21 accepted), 8 compatible')
def markdown = changelog('md')
assert markdown.startsWith('# API changes: spec-v2.yaml\n\n**Semver major.** 21 breaking (20 at compile time, 1 at run time, 21 accepted), 8 compatible; 10 added, 16 removed, 3 changed.\n')
[
    '| method `deleteKey` | removed (DELETE /keys/{id}) | **breaks compile** (accepted) | `spec-v1.yaml:41:7#/paths/~1keys~1{id}/delete` |',
    '| method `rotateKey` | added (POST /keys/{id}/rotate) | compatible | `spec-v2.yaml:49:7#/paths/~1keys~1{id}~1rotate/post` |',
    '| parameter `cursor` of `listKeys` | added (string, optional) | compatible |',
    '| parameter `tenant` of `listKeys` | added (string, required) | **breaks compile** (accepted) |',
    '| return type of `getKey` | changed from Key to KeyDetails | **breaks compile** (accepted) |',
    '| exception `ProblemException` of `getKey` | added (404) | compatible |',
    '| property `expiresAt` | added (date-time, optional) | compatible |',
    '| property `createdAt` | removed (date-time, optional) | **breaks compile** (accepted) |',
    '| property `id` | retyped from string to int64 | **breaks compile** (accepted) |',
    '| property `role` | made required | **breaks at run time** (accepted) |',
    '| enum value `AUDITOR` | added | compatible |',
    '| enum value `GUEST` | removed | **breaks compile** (accepted) |',
    '| union variant `Robot` | added (exhaustive switches over Owner must handle it) | **breaks compile** (accepted) |',
    '| union variant `Team` | removed | **breaks compile** (accepted) |',
    '| model `Team` | removed (record) | **breaks compile** (accepted) |',
].each { assert markdown.contains(it) : it }
def json = new groovy.json.JsonSlurper().parseText(changelog('json'))
assert json.format == 1
assert json.verdict == 'major'
assert json.counts.total == 29 && json.counts.accepted == 21 && json.counts.breaksAtRunTime == 1
assert json.apiClasses*.name == ['DefaultApi']
assert json.models*.name == ['Key', 'KeyDetails', 'NewKey', 'Owner', 'Problem', 'Robot', 'Role', 'Team']
def tenant = json.apiClasses[0].changes.find { it.name == 'tenant' }
assert tenant.subject == 'DefaultApi.listKeys' && tenant.compatibility == 'breaks-compile' && tenant.accepted
assert tenant.location == [document: 'spec-v2.yaml', pointer: '/paths/~1keys/get/parameters/2', line: 11, column: 11]

def api = new File(basedir, 'target/generated-sources/specpoet/com/example/keys/api/DefaultApi.java').text
assert !api.contains('deleteKey')
assert api.contains('rotateKey')

// Build 4: specpoet:diff prints the changelog and fails on the breaking changes; build 5 finds none.
assert log.contains('[INFO] # API changes: spec-v2.yaml')
assert log.contains('21 breaking changes of the generated API are not accepted')
assert log.contains('[INFO] **Semver patch.** The generated API did not change.')
assert new File(basedir, 'target/specpoet-diff/api-changes.md').text.contains('did not change')
return true
