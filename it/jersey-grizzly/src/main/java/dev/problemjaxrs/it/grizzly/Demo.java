package dev.problemjaxrs.it.grizzly;

import dev.problemjaxrs.it.app.SecretsApi;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;

/** Starts the sample API on 127.0.0.1 and prints one curl line per example response. Ctrl-C stops it. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("demo.port", 8080);
        HttpServer server = GrizzlyServer.start(port, true);
        HttpServer gateway = TwoServices.gateway(port + 1, GrizzlyServer.baseUri(server));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.shutdownNow();
            server.shutdownNow();
            stopped.countDown();
        }, "demo-shutdown"));
        String base = "http://127.0.0.1:" + port + "/accounts/";
        String full = SecretsApi.FULL_ACCOUNT;
        String json = " -H 'Content-Type: application/json' -d ";
        System.out.println("""

                problem-jaxrs demo: the account-secrets API is listening on http://127.0.0.1:%d
                Every error below is an application/problem+json document; paste any line:

                  400 malformed JSON      curl -i %se5f6a7b8/secrets%s'{"secret":'
                  401 no credentials      curl -i %se5f6a7b8/balance
                  403 too many secrets    curl -i %s%s/secrets%s'{"secret":"Abcdefgh1"}'
                  404 unknown API key     curl -i %sABC123/secrets
                  404 unmatched route     curl -i http://127.0.0.1:%d/nothing/here
                  405 wrong verb          curl -i -X DELETE %se5f6a7b8/secrets
                  406 Accept              curl -i -H 'Accept: application/xml' %se5f6a7b8/secrets
                  409 conflict            curl -i -X PUT %se5f6a7b8/jobs/7%s'{}'
                  410 gone                curl -i %se5f6a7b8/reports/legacy
                  415 Content-Type        curl -i -H 'Content-Type: text/plain' -d 'x' %se5f6a7b8/secrets
                  422 validation          curl -i %se5f6a7b8/secrets%s'{"secret":"abcdefgh"}'
                  422 nested fields       curl -i %se5f6a7b8/profile%s'{"display_name":"","address":{"zip":"1"}}'
                  400 bad parameter       curl -i '%se5f6a7b8/secrets?limit=ten'
                  429 rate limited        curl -i %se5f6a7b8/usage
                  500 unexpected          curl -i %se5f6a7b8/crash
                  503 bodiless error      curl -i %se5f6a7b8/maintenance
                  trace id from header    curl -i -H 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' %sABC123/secrets
                  200 success             curl -i %s%s/secrets

                The API's own errors (it/app SecretErrors), raised every way an application does:

                  403 domain exception    curl -i -X POST %se5f6a7b8/billing/calls
                  403 from an async stage curl -i -X POST %se5f6a7b8/billing/calls/async
                  404 own mapper          curl -i %se5f6a7b8/billing/invoices/i-7
                  403 filter abort        curl -i %se5f6a7b8/billing/frozen
                  429 AsyncResponse       curl -i %se5f6a7b8/billing/quota

                Two services: a gateway on port %d calls this API with ProblemFeature on its client, catches
                the problem as RemoteProblemException and shows it; one trace id in both services' instances:

                  B's 404 read by A       curl -i -H 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' http://127.0.0.1:%d/gateway/404
                  B's 500 escapes A       curl -i http://127.0.0.1:%d/gateway/escape

                Ctrl-C stops the servers.
                """.formatted(port, base, json, base, base, full, json, base, port, base, base, base, json, base, base,
                base, json, base, json, base, base, base, base, base, base, full, base, base, base, base, base, port + 1,
                port + 1, port + 1));
        stopped.await();
    }
}
