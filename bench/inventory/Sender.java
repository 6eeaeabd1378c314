import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The sender of bench/inventory.sh: C concurrent senders POST distinct pre-compressed inventories
 * (written by generate.py) to an inventory endpoint, each inventory once, with the headers the real
 * agents send, and report inventories per second, latencies and every failure.
 *
 * <pre>
 * java bench/inventory/Sender.java --url URL --dir DIR --format ocs|glpi [--from 0] [--count 500]
 *      [--concurrency 20] [--duration SECONDS] [--timeout SECONDS] [--label NAME] [--no-check-body]
 *      [--client urlconnection|httpclient]
 * </pre>
 *
 * <ul>
 *   <li>ocs: DIR/ocs/NNNNNN.xml.z, {@code Content-Type: application/x-compress}, User-Agent
 *       {@code OCS-NG_unified_unix_agent_v2.10.0} (Debian's ocsinventory-agent 2.10). A reply counts
 *       as good when it is 2xx and inflates to a {@code <REPLY>} with a {@code <RESPONSE>}.
 *   <li>glpi: DIR/glpi/NNNNNN.json.z, {@code Content-Type: application/x-compress-zlib},
 *       {@code GLPI-Agent-ID: <uuid of the machine, from DIR/manifest.tsv>}, User-Agent
 *       {@code GLPI-Agent_v1.11}. A reply counts as good when it is 2xx and its body (inflated when
 *       it is zlib) has {@code "status":"ok"}.
 * </ul>
 *
 * Inventories from..from+count-1 are handed out in order to whichever sender is free; a sender stops
 * when none is left or --duration has passed (then the rate counts what was answered). The clock
 * runs from the first request to the last answer. Latency is the time from send to the whole
 * answer. The last line is machine-readable: {@code RESULT key=value ...}. Exit code 1 when any
 * inventory failed (non-2xx, bad reply, I/O error or time-out).
 */
public class Sender {
    static final Pattern OCS_REPLY = Pattern.compile("<REPLY>.*<RESPONSE>[A-Z_]+</RESPONSE>", Pattern.DOTALL);
    static final Pattern GLPI_OK = Pattern.compile("\"status\"\\s*:\\s*\"ok\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) usage("unexpected argument " + a);
            if (a.equals("--no-check-body")) {
                opt.put("no-check-body", "1");
            } else if (i + 1 < args.length) {
                opt.put(a.substring(2), args[++i]);
            } else {
                usage("no value for " + a);
            }
        }
        String url = need(opt, "url");
        Path dir = Path.of(need(opt, "dir"));
        String format = need(opt, "format");
        if (!format.equals("ocs") && !format.equals("glpi")) usage("--format is ocs or glpi");
        int from = Integer.parseInt(opt.getOrDefault("from", "0"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "20"));
        double durationS = Double.parseDouble(opt.getOrDefault("duration", "0"));
        int timeoutS = Integer.parseInt(opt.getOrDefault("timeout", "180"));
        String label = opt.getOrDefault("label", format);
        boolean checkBody = !opt.containsKey("no-check-body");

        Map<Integer, String> agentIds = readAgentIds(dir.resolve("manifest.tsv"));
        int available = 0;
        String ext = format.equals("ocs") ? "ocs/%06d.xml.z" : "glpi/%06d.json.z";
        while (Files.exists(dir.resolve(String.format(ext, from + available)))) available++;
        int count = Integer.parseInt(opt.getOrDefault("count", Integer.toString(available)));
        if (count > available) {
            System.err.printf("Only %d inventories from index %d in %s (%s); asked for %d: generate more%n",
                    available, from, dir, format, count);
            System.exit(2);
        }
        byte[][] bodies = new byte[count][];
        long totalBytes = 0;
        for (int i = 0; i < count; i++) {
            bodies[i] = Files.readAllBytes(dir.resolve(String.format(ext, from + i)));
            totalBytes += bodies[i].length;
        }
        System.err.printf("[%s] %d inventories %d..%d loaded (%.1f KB compressed on average); %d senders -> %s%n",
                label, count, from, from + count - 1, totalBytes / 1024.0 / Math.max(1, count), concurrency, url);

        String clientKind = opt.getOrDefault("client", "urlconnection");
        Transport transport = clientKind.equals("httpclient") ? new JdkHttpClient(url, timeoutS) : new UrlConnection(url, timeoutS, concurrency);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger good = new AtomicInteger();
        AtomicInteger non2xx = new AtomicInteger();
        AtomicInteger badBody = new AtomicInteger();
        AtomicInteger ioErrors = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        long[][] latencies = new long[concurrency][];
        int[] done = new int[concurrency];
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long deadline = durationS > 0 ? t0 + (long) (durationS * 1e9) : Long.MAX_VALUE;
        Thread[] threads = new Thread[concurrency];
        for (int w = 0; w < concurrency; w++) {
            final int worker = w;
            latencies[w] = new long[count];
            threads[w] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= count) break;
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    headers.put("Pragma", "no-cache");
                    if (format.equals("ocs")) {
                        headers.put("Content-Type", "application/x-compress");
                        headers.put("User-Agent", "OCS-NG_unified_unix_agent_v2.10.0");
                    } else {
                        headers.put("Content-Type", "application/x-compress-zlib");
                        headers.put("User-Agent", "GLPI-Agent_v1.11");
                        headers.put("GLPI-Agent-ID", agentIds.getOrDefault(from + i,
                                "00000000-0000-4000-8000-" + String.format("%012d", from + i)));
                    }
                    long s = System.nanoTime();
                    try {
                        Reply r = transport.post(bodies[i], headers);
                        long e = System.nanoTime();
                        latencies[worker][done[worker]++] = e - s;
                        lastAnswer.accumulateAndGet(e, Math::max);
                        statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                        String body = replyText(r.body());
                        if (r.status() < 200 || r.status() > 299) {
                            non2xx.incrementAndGet();
                            note(failures, "inventory " + (from + i) + ": HTTP " + r.status() + " " + snippet(body));
                        } else if (checkBody && !(format.equals("ocs") ? OCS_REPLY : GLPI_OK).matcher(body).find()) {
                            badBody.incrementAndGet();
                            note(failures, "inventory " + (from + i) + ": HTTP " + r.status()
                                    + " but the reply is not what the agent expects: " + snippet(body));
                        } else {
                            good.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException ex) {
                        long e = System.nanoTime();
                        latencies[worker][done[worker]++] = e - s;
                        lastAnswer.accumulateAndGet(e, Math::max);
                        ioErrors.incrementAndGet();
                        note(failures, "inventory " + (from + i) + ": " + ex);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "sender-" + w);
            threads[w].start();
        }
        for (Thread t : threads) t.join();
        long wallNanos = Math.max(1, lastAnswer.get() - t0);
        long cpu = processCpuNanos() - cpu0;

        int n = 0;
        for (int d : done) n += d;
        long[] all = new long[n];
        int k = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(latencies[w], 0, all, k, done[w]);
            k += done[w];
        }
        Arrays.sort(all);
        int failed = non2xx.get() + badBody.get() + ioErrors.get();
        double wall = wallNanos / 1e9;
        double rate = good.get() / wall;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((s, c) -> byStatus.put(s, c.get()));
        System.out.printf("[%s] %d sent, %d stored (2xx with a good reply) in %.2f s: %.1f inventories/s; latency median %.0f ms,"
                        + " p95 %.0f ms, p99 %.0f ms, max %.0f ms; HTTP statuses %s; sender CPU %.1f s (%.0f %% of one core)%n",
                label, n, good.get(), wall, rate, ms(pct(all, 50)), ms(pct(all, 95)), ms(pct(all, 99)),
                ms(all.length > 0 ? all[all.length - 1] : 0), byStatus, cpu / 1e9, 100.0 * cpu / wallNanos);
        if (failed > 0) {
            System.out.printf("!!!!! [%s] %d OF %d INVENTORIES FAILED: %d non-2xx, %d bad replies, %d I/O errors or time-outs."
                    + " THIS RUN DOES NOT MEASURE INGESTION. First failures:%n", label, failed, n, non2xx.get(),
                    badBody.get(), ioErrors.get());
            for (String f : failures) System.out.println("!!!!!   " + f);
        }
        if (n < count) {
            System.out.printf("[%s] stopped by --duration after %d of %d inventories%n", label, n, count);
        }
        System.out.printf("RESULT label=%s format=%s sent=%d ok=%d non2xx=%d badreply=%d ioerrors=%d seconds=%.3f rate=%.2f"
                        + " p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f sender_cpu_s=%.2f concurrency=%d%n",
                label, format, n, good.get(), non2xx.get(), badBody.get(), ioErrors.get(), wall, rate,
                ms(pct(all, 50)), ms(pct(all, 95)), ms(pct(all, 99)), ms(all.length > 0 ? all[all.length - 1] : 0),
                cpu / 1e9, concurrency);
        System.exit(failed > 0 ? 1 : 0);
    }

    record Reply(int status, byte[] body) {}

    interface Transport {
        Reply post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException;
    }

    /** HttpURLConnection: blocking, keep-alive connections reused by the JDK (the lighter of the two). */
    static final class UrlConnection implements Transport {
        final java.net.URL url;
        final int timeoutMs;

        UrlConnection(String url, int timeoutS, int concurrency) throws IOException {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(5, concurrency * 2)));
            System.setProperty("http.keepAlive", "true");
            this.url = URI.create(url).toURL();
            this.timeoutMs = timeoutS * 1000;
        }

        @Override
        public Reply post(byte[] body, Map<String, String> headers) throws IOException {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) url.openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(timeoutMs);
            c.setFixedLengthStreamingMode(body.length);
            headers.forEach(c::setRequestProperty);
            try (var out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            byte[] reply = in == null ? new byte[0] : in.readAllBytes();
            if (in != null) in.close();
            return new Reply(status, reply);
        }
    }

    /** java.net.http.HttpClient, HTTP/1.1 (--client httpclient): heavier on the CPU. */
    static final class JdkHttpClient implements Transport {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final URI uri;
        final int timeoutS;

        JdkHttpClient(String url, int timeoutS) {
            this.uri = URI.create(url);
            this.timeoutS = timeoutS;
        }

        @Override
        public Reply post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(timeoutS))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(rb::header);
            HttpResponse<byte[]> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body());
        }
    }

    static void note(List<String> failures, String line) {
        if (failures.size() < 10) failures.add(line);
    }

    /** The reply as text: inflated when it is zlib (0x78 first), as is otherwise. */
    static String replyText(byte[] body) {
        if (body.length >= 2 && (body[0] & 0xFF) == 0x78) {
            Inflater inf = new Inflater();
            try {
                inf.setInput(body);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                while (!inf.finished()) {
                    int got = inf.inflate(buf);
                    if (got == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                    out.write(buf, 0, got);
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (DataFormatException e) {
                return new String(body, StandardCharsets.ISO_8859_1);
            } finally {
                inf.end();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return 0;
    }

    static Map<Integer, String> readAgentIds(Path manifest) throws IOException {
        Map<Integer, String> ids = new HashMap<>();
        if (!Files.exists(manifest)) return ids;
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t");
            if (f.length > 2) ids.put(Integer.parseInt(f[0]), f[2]);
        }
        return ids;
    }

    static String need(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) usage("--" + key + " is required");
        return v;
    }

    static void usage(String why) {
        System.err.println(why);
        System.err.println("java bench/inventory/Sender.java --url URL --dir DIR --format ocs|glpi [--from 0] [--count N]"
                + " [--concurrency 20] [--duration SECONDS] [--timeout 180] [--label NAME] [--no-check-body]"
                + " [--client urlconnection|httpclient]");
        System.exit(2);
    }
}
