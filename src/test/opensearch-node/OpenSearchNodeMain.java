import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node with the k-NN plugin, run from source by the Java launcher in its own JVM:
 * {@code java -cp <node class path> OpenSearchNodeMain.java <base dir> <http port> <transport port>}.
 * Prints "READY <http port>" once the cluster is yellow, then runs until the process is stopped.
 */
public class OpenSearchNodeMain {

    public static void main(String[] args) throws Exception {
        var runner = new OpenSearchRunner();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        runner.onBuild((index, settings) -> {
                    settings.put("http.port", args[1]);
                    settings.put("transport.port", args[2]);
                    settings.put("discovery.type", "single-node");
                    settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
                })
                .build(OpenSearchRunner.newConfigs()
                        .basePath(args[0])
                        .numOfNode(1)
                        .clusterName("rekindle-test")
                        .printOnFailure()
                        .disableESLogger()
                        .pluginTypes("org.opensearch.knn.plugin.KNNPlugin"));
        runner.ensureYellow();
        System.out.println("READY " + args[1]);
        System.out.flush();
        Thread.currentThread().join();
    }
}
