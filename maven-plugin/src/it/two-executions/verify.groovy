def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/dev/specpoet/clients/adyen/management/v3/ApiClient.class').isFile()
assert new File(basedir, 'target/classes/dev/specpoet/clients/cartovista/ApiClient.class').isFile()
assert (log =~ /is up to date/).count == 2
// Adyen's client calls the library; CartoVista's carries its runtime in its internal package.
assert !new File(basedir, 'target/classes/dev/specpoet/clients/adyen/management/v3/internal').exists()
assert new File(basedir, 'target/classes/dev/specpoet/clients/cartovista/internal/ApiInvoker.class').isFile()
return true
