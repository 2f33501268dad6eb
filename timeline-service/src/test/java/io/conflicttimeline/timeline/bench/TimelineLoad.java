package io.conflicttimeline.timeline.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the timeline-service, run by {@code deploy/local/bench/timeline-load.sh} against a database filled
 * by {@code fill.sql}: not a test (it only prints figures). JDK only, plus the RabbitMQ client for the placement run,
 * so that it runs as a single source file ({@code java --class-path amqp-client.jar TimelineLoad.java ...}).
 *
 * <ul>
 *   <li>{@code query <baseUrl> <clients> <warmupSeconds> <seconds> <events>}: closed loop, each client sends the next
 *       request of a realistic mix as soon as the previous one is answered; prints p50/p95/p99 per query kind and
 *       overall, and requests/s.</li>
 *   <li>{@code place <amqpHost> <amqpPort> <vhost> <sample.csv> <articles> [servicePid]}: publishes ArticleAnnotated
 *       messages (most reporting an existing event of the sample again, some new events) to the exchange
 *       {@code articles} and waits for every {@code article.placed}; prints articles/s and mention placements/s, and
 *       with the service's process id the service's CPU time per mention placement (steadier than wall-clock rates
 *       on a shared machine). With {@code warmupArticles}, that many articles are placed first and not measured: a
 *       freshly started service spends much of its CPU on compiling its hot code in the first minutes.</li>
 * </ul>
 */
public final class TimelineLoad {

    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 1407;

    private TimelineLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("query")) {
            new QueryLoad(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 ? Long.parseLong(args[6]) : -1,
                    args.length > 7 ? args[7] : null).run();
        } else if (args.length > 0 && args[0].equals("place")) {
            new PlacementLoad(args[1], Integer.parseInt(args[2]), args[3], Path.of(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 ? Long.parseLong(args[6]) : -1,
                    args.length > 7 ? Integer.parseInt(args[7]) : 0).run();
        } else {
            System.err.println("usage: TimelineLoad query <baseUrl> <clients> <warmupSeconds> <seconds> <events>"
                    + " [servicePid database]\n"
                    + "       TimelineLoad place <amqpHost> <amqpPort> <vhost> <sample.csv> <articles> [servicePid"
                    + " [warmupArticles]]");
            System.exit(2);
        }
    }

    /** The id fill.sql gives event number {@code i}: md5('bench-event-' || i)::uuid. */
    static UUID benchEventId(long i) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("bench-event-" + i).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Closed-loop query load over a weighted mix of the GET /timeline filters and GET /events/{id}: every client sends
     * its next request as soon as the previous one is answered, on its own keep-alive connection, all of them served
     * by one selector thread ({@link HttpLoop}): the java.net.http client cost 0.4 ms of CPU per request, half of what
     * the service spent, on the cores the service and the database share with the generator. Latencies are kept in primitive
     * arrays per kind; the report gives p50/p95/p99 per kind, requests/s, and the CPU time per request of the service
     * process, of the PostgreSQL backends of the bench database and of the generator itself.
     */
    static final class QueryLoad {

        private final String base;
        private final int clients;
        private final int warmup;
        private final int seconds;
        private final int events;
        private final long servicePid;
        private final String database;
        private final HttpLoop http;
        private final Latencies[] latencies = new Latencies[KINDS.length];
        private final AtomicInteger errors = new AtomicInteger();
        private volatile boolean measuring;
        private volatile boolean stopped;

        /** Query kinds and their weights in the mix. */
        private static final String[] KINDS = {"window", "window+type", "place=Kyiv", "place=oblast", "place=id",
            "bbox", "subType", "actor", "q", "minKilled", "cursor", "event", "latest"};
        private static final int[] WEIGHTS = {14, 8, 10, 8, 5, 8, 6, 5, 8, 6, 8, 10, 4};
        private static final int TOTAL_WEIGHT = Arrays.stream(WEIGHTS).sum();
        private static final int CURSOR = Arrays.asList(KINDS).indexOf("cursor");
        private static final String[] OBLASTS = {"Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast",
            "Kherson Oblast", "Sumy Oblast", "Odesa Oblast", "Dnipropetrovsk Oblast"};
        private static final String[] PLACE_IDS = {"geonames:703448", "geonames:709716", "geonames:706482",
            "geonames:704147", "geonames:687699", "geonames:11888960"};
        private static final String[] WORDS = {"drone", "Pokrovsk", "missile attack", "Reuters", "Bakhmut", "killed",
            "Kyiv Independent", "interception", "Odesa"};
        private static final String[] ACTORS = {"Wagner", "Zelenskyy", "Russian Armed Forces", "NATO", "Peskov"};
        private static final String[] TYPES = {"Battles", "Explosions", "Statements", "Strategic developments"};
        private static final String[] SUB_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack",
            "Armed clash", "Arrests"};

        QueryLoad(String base, int clients, int warmup, int seconds, int events, long servicePid, String database) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            this.clients = clients;
            this.warmup = warmup;
            this.seconds = seconds;
            this.events = events;
            this.servicePid = servicePid;
            this.database = database;
            for (int k = 0; k < KINDS.length; k++) {
                latencies[k] = new Latencies();
            }
            URI uri = URI.create(this.base);
            this.http = new HttpLoop(new InetSocketAddress(uri.getHost(), uri.getPort()),
                    uri.getHost() + ":" + uri.getPort());
        }

        /** Latencies in microseconds, appended to a growing primitive array. */
        static final class Latencies {
            private long[] values = new long[4096];
            private int size;

            synchronized void add(long micros) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = micros;
            }

            synchronized void clear() {
                size = 0;
            }

            synchronized long[] sorted() {
                long[] copy = Arrays.copyOf(values, size);
                Arrays.sort(copy);
                return copy;
            }
        }

        /** One client's state: its random sequence and, while paging, the kind's date and pages left. */
        private final class Client {
            final Random random;
            final CountDownLatch done;
            HttpLoop.Connection connection;
            LocalDate day;
            int pagesLeft;

            Client(long seed, CountDownLatch done) {
                this.random = new Random(seed);
                this.done = done;
            }
        }

        void run() throws InterruptedException {
            CountDownLatch done = new CountDownLatch(clients);
            List<Client> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(new Client(1000L + c, done));
            }
            // Every request and response is handled on the loop's one thread, the first ones too.
            Thread loop = new Thread(() -> http.run(() -> all.forEach(this::next), done), "load");
            loop.setDaemon(true);
            loop.start();
            System.out.printf("warming up %d s with %d clients...%n", warmup, clients);
            Thread.sleep(warmup * 1000L);
            for (Latencies l : latencies) {
                l.clear();
            }
            errors.set(0);
            Cpu before = Cpu.now(servicePid, database);
            measuring = true;
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            measuring = false;
            double elapsed = (System.nanoTime() - start) / 1e9;
            Cpu after = Cpu.now(servicePid, database);
            stopped = true;
            done.await(30, TimeUnit.SECONDS);
            report(elapsed, before, after);
        }

        private void next(Client client) {
            if (stopped) {
                client.done.countDown();
                return;
            }
            int pick = client.random.nextInt(TOTAL_WEIGHT);
            int k = 0;
            while (pick >= WEIGHTS[k]) {
                pick -= WEIGHTS[k++];
            }
            Random random = client.random;
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String path = switch (KINDS[k]) {
                case "window" -> "/timeline?from=" + day + "&to=" + day.plusDays(6);
                case "window+type" -> "/timeline?from=" + day.withDayOfMonth(1) + "&to="
                        + day.withDayOfMonth(day.lengthOfMonth()) + "&type=" + enc(TYPES[random.nextInt(TYPES.length)]);
                case "place=Kyiv" -> "/timeline?place=Kyiv" + (random.nextBoolean() ? "&from=" + day : "");
                case "place=oblast" -> "/timeline?place=" + enc(OBLASTS[random.nextInt(OBLASTS.length)])
                        + "&from=" + day;
                case "place=id" -> "/timeline?place=" + enc(PLACE_IDS[random.nextInt(PLACE_IDS.length)])
                        + (random.nextBoolean() ? "&from=" + day : "");
                case "bbox" -> "/timeline?bbox=35.5,49.5,37.0,50.5&from=" + day + "&to=" + day.plusDays(30);
                case "subType" -> "/timeline?subType=" + enc(SUB_TYPES[random.nextInt(SUB_TYPES.length)])
                        + "&from=" + day;
                case "actor" -> "/timeline?actor=" + enc(ACTORS[random.nextInt(ACTORS.length)])
                        + (random.nextBoolean() ? "&from=" + day : "");
                case "q" -> "/timeline?q=" + enc(WORDS[random.nextInt(WORDS.length)])
                        + (random.nextBoolean() ? "&from=" + day + "&to=" + day.plusDays(30) : "");
                case "minKilled" -> "/timeline?minKilled=" + (10 + random.nextInt(40)) + "&from=" + day;
                case "cursor" -> "/timeline?from=" + day + "&limit=20";
                case "event" -> "/events/" + benchEventId(1 + random.nextInt(events));
                default -> "/timeline?from=2025-12-01";
            };
            // Paging on: two more pages by the cursor each previous page returned.
            client.day = day;
            client.pagesLeft = k == CURSOR ? 2 : 0;
            send(client, k, path);
        }

        private void send(Client client, int kind, String path) {
            long start = System.nanoTime();
            // Only the cursor's pages are read as text (for nextCursor); the others are read and discarded.
            boolean keep = kind == CURSOR && client.pagesLeft > 0;
            if (client.connection == null || !client.connection.isOpen()) {
                client.connection = http.open();
            }
            http.get(client.connection, path, keep, (status, body, failure) -> {
                long micros = (System.nanoTime() - start) / 1000;
                String next = null;
                if (failure != null || status != 200) {
                    errors.incrementAndGet();
                    if (measuring && errors.get() <= 5) {
                        System.out.println((failure != null ? failure.toString() : "HTTP " + status) + " for " + path);
                    }
                } else {
                    if (measuring) {
                        latencies[kind].add(micros);
                    }
                    if (body != null) {
                        Matcher m = NEXT_CURSOR.matcher(new String(body, StandardCharsets.UTF_8));
                        next = m.find() ? m.group(1) : null;
                    }
                }
                if (next != null && !stopped) {
                    client.pagesLeft--;
                    send(client, kind, "/timeline?from=" + client.day + "&limit=20&cursor=" + enc(next));
                } else {
                    next(client);
                }
            });
        }

        /** CPU time consumed so far by the service, the bench database's backends and this generator. */
        record Cpu(long serviceNanos, Map<Long, Long> backendNanos, long generatorNanos, String load) {

            static Cpu now(long servicePid, String database) {
                long service = servicePid <= 0 ? -1 : cpuNanos(servicePid);
                Map<Long, Long> backends = new java.util.HashMap<>();
                if (database != null) {
                    ProcessHandle.allProcesses().forEach(p -> {
                        String title = cmdline(p.pid());
                        // PostgreSQL titles each backend "postgres: <user> <database> <client> <state>".
                        if (title.startsWith("postgres: ") && (" " + title + " ").contains(" " + database + " ")) {
                            backends.put(p.pid(), cpuNanos(p.pid()));
                        }
                    });
                }
                long generator = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
                String load;
                try {
                    load = Files.readString(Path.of("/proc/loadavg")).trim();
                } catch (IOException e) {
                    load = "?";
                }
                return new Cpu(service, backends, generator, load);
            }

            static long cpuNanos(long pid) {
                return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
                        .orElse(-1L);
            }

            static String cmdline(long pid) {
                try {
                    return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                            StandardCharsets.UTF_8).replace('\0', ' ').trim();
                } catch (IOException | RuntimeException e) {
                    return "";
                }
            }

            /** Backend CPU between two readings; a backend started in between counts from zero. */
            static long backends(Cpu before, Cpu after) {
                long sum = 0;
                for (var e : after.backendNanos.entrySet()) {
                    sum += Math.max(0, e.getValue() - before.backendNanos.getOrDefault(e.getKey(), 0L));
                }
                return sum;
            }
        }

        private void report(double elapsed, Cpu before, Cpu after) {
            System.out.printf("%n%d clients, %.0f s measured%n", clients, elapsed);
            System.out.printf("%-14s %8s %9s %9s %9s %9s%n", "kind", "requests", "p50 ms", "p95 ms", "p99 ms",
                    "max ms");
            long[] all = new long[0];
            for (int k = 0; k < KINDS.length; k++) {
                long[] sorted = latencies[k].sorted();
                line(KINDS[k], sorted);
                int at = all.length;
                all = Arrays.copyOf(all, at + sorted.length);
                System.arraycopy(sorted, 0, all, at, sorted.length);
            }
            Arrays.sort(all);
            line("overall", all);
            System.out.printf(Locale.ROOT, "throughput: %.1f requests/s, errors: %d%n", all.length / elapsed,
                    errors.get());
            if (all.length > 0) {
                double n = all.length;
                System.out.printf(Locale.ROOT, "CPU per request: service %.3f ms, PostgreSQL backends %.3f ms,"
                                + " load generator %.3f ms%n",
                        before.serviceNanos() < 0 ? Double.NaN : (after.serviceNanos() - before.serviceNanos()) / n / 1e6,
                        Cpu.backends(before, after) / n / 1e6,
                        (after.generatorNanos() - before.generatorNanos()) / n / 1e6);
            }
            System.out.println("load average before / after: " + before.load() + " / " + after.load());
        }

        private static void line(String kind, long[] sorted) {
            System.out.printf(Locale.ROOT, "%-14s %8d %9.1f %9.1f %9.1f %9.1f%n", kind, sorted.length,
                    percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.95) / 1000.0,
                    percentile(sorted, 0.99) / 1000.0, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        }
    }

    /**
     * A minimal HTTP/1.1 client on one selector thread: one keep-alive connection per load client, one request at a
     * time on each, responses framed by Content-Length or chunked encoding. It costs a few microseconds per request, so
     * the generator takes little of the CPU that the service and the database share with it.
     */
    static final class HttpLoop {

        /** What a request ends with: the status and (when asked for) the body, or a failure. */
        interface Reply {
            void done(int status, byte[] body, Throwable failure);
        }

        private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
        private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

        private final InetSocketAddress address;
        private final String host;
        private final Selector selector;
        private final List<Connection> connections = new ArrayList<>();

        HttpLoop(InetSocketAddress address, String host) {
            this.address = address;
            this.host = host;
            try {
                this.selector = Selector.open();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** One connection, the state of its request in flight and the bytes of its response so far. */
        final class Connection {
            private final SocketChannel channel;
            private final SelectionKey key;
            private ByteBuffer out;
            private byte[] in = new byte[16 * 1024];
            private int size;
            private Reply reply;
            private boolean keepBody;
            private long deadline;

            Connection(SocketChannel channel, SelectionKey key) {
                this.channel = channel;
                this.key = key;
            }

            boolean isOpen() {
                return channel.isOpen();
            }
        }

        Connection open() {
            try {
                SocketChannel channel = SocketChannel.open(address);
                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                Connection connection = new Connection(channel, channel.register(selector, 0));
                connection.key.attach(connection);
                connections.add(connection);
                return connection;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot connect to " + address, e);
            }
        }

        /** Sends a GET on the loop's thread; {@code reply} is called on it too. */
        void get(Connection c, String path, boolean keepBody, Reply reply) {
            c.out = ByteBuffer.wrap(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            c.size = 0;
            c.reply = reply;
            c.keepBody = keepBody;
            c.deadline = System.nanoTime() + TIMEOUT_NANOS;
            write(c);
        }

        /** Runs {@code first} on this thread, then serves the connections until {@code done} reaches zero. */
        void run(Runnable first, CountDownLatch done) {
            first.run();
            try {
                while (done.getCount() > 0) {
                    selector.select(100);
                    for (SelectionKey key : selector.selectedKeys()) {
                        Connection c = (Connection) key.attachment();
                        if (key.isValid() && key.isWritable()) {
                            write(c);
                        }
                        if (key.isValid() && key.isReadable()) {
                            read(c);
                        }
                    }
                    selector.selectedKeys().clear();
                    long now = System.nanoTime();
                    for (Connection c : List.copyOf(connections)) {
                        if (c.reply != null && now > c.deadline) {
                            fail(c, new IOException("no response within 30 s"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void write(Connection c) {
            try {
                c.channel.write(c.out);
                c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE | SelectionKey.OP_READ
                        : SelectionKey.OP_READ);
            } catch (IOException e) {
                fail(c, e);
            }
        }

        private void read(Connection c) {
            try {
                while (true) {
                    if (c.size == c.in.length) {
                        c.in = Arrays.copyOf(c.in, c.in.length * 2);
                    }
                    int n = c.channel.read(ByteBuffer.wrap(c.in, c.size, c.in.length - c.size));
                    if (n < 0) {
                        fail(c, new IOException("connection closed by the server"));
                        return;
                    }
                    if (n == 0) {
                        break;
                    }
                    c.size += n;
                }
                if (c.reply != null) {
                    complete(c);
                }
            } catch (IOException e) {
                fail(c, e);
            }
        }

        /** Ends the request when its whole response has arrived. */
        private void complete(Connection c) throws IOException {
            int headerEnd = indexOf(c.in, c.size, CRLF_CRLF, 0);
            if (headerEnd < 0) {
                return;
            }
            String head = new String(c.in, 0, headerEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            int bodyStart = headerEnd + 4;
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.contains("close");
                    default -> { }
                }
            }
            byte[] body;
            int end;
            if (chunked) {
                java.io.ByteArrayOutputStream data = c.keepBody ? new java.io.ByteArrayOutputStream() : null;
                int at = bodyStart;
                while (true) {
                    int lineEnd = indexOf(c.in, c.size, new byte[] {'\r', '\n'}, at);
                    if (lineEnd < 0) {
                        return;
                    }
                    String sizeField = new String(c.in, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                    int semicolon = sizeField.indexOf(';');
                    int chunk = Integer.parseInt((semicolon < 0 ? sizeField : sizeField.substring(0, semicolon))
                            .trim(), 16);
                    if (chunk == 0) {
                        // No trailers: the last chunk's line is followed by one empty line.
                        if (c.size < lineEnd + 4) {
                            return;
                        }
                        end = lineEnd + 4;
                        break;
                    }
                    if (c.size < lineEnd + 2 + chunk + 2) {
                        return;
                    }
                    if (data != null) {
                        data.write(c.in, lineEnd + 2, chunk);
                    }
                    at = lineEnd + 2 + chunk + 2;
                }
                body = data == null ? null : data.toByteArray();
            } else {
                long total = bodyStart + Math.max(0, length);
                if (length < 0 && !close || c.size < total) {
                    return;
                }
                end = (int) total;
                body = c.keepBody ? Arrays.copyOfRange(c.in, bodyStart, end) : null;
            }
            // Keep-alive: one request at a time, so nothing follows the response.
            c.size = 0;
            Reply reply = c.reply;
            c.reply = null;
            if (close) {
                c.channel.close();
                connections.remove(c);
            }
            reply.done(status, body, null);
        }

        private void fail(Connection c, IOException failure) {
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            connections.remove(c);
            Reply reply = c.reply;
            c.reply = null;
            if (reply != null) {
                reply.done(0, null, failure);
            }
        }

        private static int indexOf(byte[] data, int size, byte[] pattern, int from) {
            outer:
            for (int i = from; i <= size - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /**
     * Publishes ArticleAnnotated messages through the broker, as the nlp-service does, and times them until every
     * article.placed has come back. Three in four articles report an event of the sample again (same type, date, place
     * and figures, so that the resolver joins them); the rest report new events (other figures or another day).
     */
    static final class PlacementLoad {

        private final String host;
        private final int port;
        private final String vhost;
        private final Path sample;
        private final int articles;
        private final long servicePid;
        private final int warmup;

        PlacementLoad(String host, int port, String vhost, Path sample, int articles, long servicePid, int warmup) {
            this.warmup = warmup;
            this.host = host;
            this.port = port;
            this.vhost = vhost;
            this.sample = sample;
            this.articles = articles;
            this.servicePid = servicePid;
        }

        /** User + system CPU seconds of a Linux process so far (/proc/<pid>/stat), or NaN when unknown. */
        static double cpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command; clock ticks of 1/100 s.
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        /** A sampled event: id|type|subType|date|precision|name|kind|admin1|admin2|lat|lon|gazetteerId|killed. */
        record Sampled(String[] f) {
        }

        void run() throws Exception {
            List<Sampled> events = Files.readAllLines(sample).stream().filter(l -> !l.isBlank())
                    .map(l -> new Sampled(l.split("\\|", -1))).toList();
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(host);
            factory.setPort(port);
            factory.setVirtualHost(vhost);
            if (warmup > 0) {
                System.out.printf(Locale.ROOT, "warm-up: %d articles, not measured%n", warmup);
                run(factory, events, warmup, new Random(11), false);
                System.out.println("warm-up placed; measuring");
                System.out.flush();
            }
            run(factory, events, articles, new Random(7), true);
        }

        private void run(ConnectionFactory factory, List<Sampled> events, int articles, Random random, boolean report)
                throws Exception {
            String runId = Long.toHexString(System.nanoTime());
            List<byte[]> messages = new ArrayList<>();
            int mentions = 0;
            for (int a = 0; a < articles; a++) {
                int count = 1 + random.nextInt(3);
                mentions += count;
                messages.add(message(runId, a, count, events, random).getBytes(StandardCharsets.UTF_8));
            }
            try (Connection connection = factory.newConnection("timeline-load")) {
                Channel channel = connection.createChannel();
                String queue = channel.queueDeclare("", false, true, true, null).getQueue();
                channel.queueBind(queue, "articles", "article.placed");
                channel.queueBind(queue, "articles", "article.failed");
                AtomicInteger placed = new AtomicInteger();
                AtomicInteger failed = new AtomicInteger();
                AtomicLong last = new AtomicLong();
                CountDownLatch all = new CountDownLatch(articles);
                String marker = "\"articleId\":\"" + runId;
                DeliverCallback onMessage = (tag, delivery) -> {
                    String body = new String(delivery.getBody(), StandardCharsets.UTF_8).replace(" ", "");
                    if (body.contains(marker)) {
                        (delivery.getEnvelope().getRoutingKey().equals("article.failed") ? failed : placed)
                                .incrementAndGet();
                        last.set(System.nanoTime());
                        all.countDown();
                    }
                };
                channel.basicConsume(queue, true, onMessage, tag -> { });
                Channel publisher = connection.createChannel();
                publisher.confirmSelect();
                AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json")
                        .deliveryMode(2).build();
                double cpuBefore = cpuSeconds(servicePid);
                long start = System.nanoTime();
                for (byte[] body : messages) {
                    publisher.basicPublish("articles", "article.annotated", props, body);
                }
                publisher.waitForConfirmsOrDie(60_000);
                double publishSeconds = (System.nanoTime() - start) / 1e9;
                boolean finished = all.await(30, TimeUnit.MINUTES);
                if (!report) {
                    return;
                }
                double seconds = ((finished ? last.get() : System.nanoTime()) - start) / 1e9;
                System.out.printf(Locale.ROOT, "%n%d articles (%d event mentions) published in %.1f s%n", articles,
                        mentions, publishSeconds);
                System.out.printf(Locale.ROOT, "placed %d, failed %d in %.1f s%n", placed.get(), failed.get(),
                        seconds);
                System.out.printf(Locale.ROOT, "placement throughput: %.1f articles/s, %.1f mention placements/s%n",
                        placed.get() / seconds, placed.get() * ((double) mentions / articles) / seconds);
                double cpu = cpuSeconds(servicePid) - cpuBefore;
                if (!Double.isNaN(cpu)) {
                    System.out.printf(Locale.ROOT, "service CPU: %.1f s, %.3f ms per mention placement"
                            + " (%.0f mention placements per service CPU-second)%n", cpu, cpu * 1000 / mentions,
                            mentions / cpu);
                }
            }
        }

        private static String message(String runId, int a, int count, List<Sampled> sample, Random random) {
            // 32 lowercase hex characters, unique per run and article.
            String articleId = runId + String.format("%0" + (32 - runId.length()) + "x", a);
            StringBuilder places = new StringBuilder();
            StringBuilder annotated = new StringBuilder();
            String docDate = null;
            for (int e = 0; e < count; e++) {
                String[] f = sample.get(random.nextInt(sample.size())).f();
                boolean existing = random.nextInt(4) != 0;
                String date = f[3];
                String killed = f[12];
                if (!existing) {
                    // Another event of the same kind: other figures, or another day.
                    if (!killed.isEmpty()) {
                        killed = Integer.toString(Integer.parseInt(killed) + 3 + random.nextInt(20));
                    } else if (f[4].equals("day")) {
                        date = LocalDate.parse(date).plusDays(3 + random.nextInt(30)).toString();
                    } else {
                        killed = Integer.toString(1 + random.nextInt(30));
                    }
                }
                if (docDate == null && date.length() == 10) {
                    docDate = LocalDate.parse(date).plusDays(1).toString();
                }
                if (e > 0) {
                    places.append(',');
                    annotated.append(',');
                }
                places.append("{\"id\":\"p").append(e).append("\",\"start\":0,\"end\":4,\"text\":").append(q(f[5]))
                        .append(",\"name\":").append(q(f[5])).append(",\"kind\":").append(q(f[6]))
                        .append(",\"country\":\"UA\",\"admin1\":").append(q(f[7])).append(",\"admin2\":")
                        .append(q(f[8])).append(",\"lat\":").append(f[9]).append(",\"lon\":").append(f[10])
                        .append(",\"gazetteerId\":").append(q(f[11])).append(",\"geonameId\":")
                        .append(f[11].substring(f[11].indexOf(':') + 1)).append(",\"precision\":\"settlement\"}");
                String figures = killed.isEmpty() ? "null"
                        : "{\"killed\":{\"value\":" + killed + ",\"qualifier\":\"exact\",\"start\":0,\"end\":5,"
                        + "\"text\":\"" + killed + " people\"},\"injured\":null,\"missiles\":null,\"drones\":null,"
                        + "\"prisoners\":null}";
                annotated.append("{\"id\":\"ev").append(e).append("\",\"start\":").append(10 + e * 100)
                        .append(",\"end\":").append(20 + e * 100).append(",\"trigger\":\"strike\",\"sentenceIndex\":")
                        .append(e).append(",\"type\":").append(q(f[1])).append(",\"subType\":").append(q(f[2]))
                        .append(",\"date\":{\"value\":").append(q(date)).append(",\"precision\":").append(q(f[4]))
                        .append(",\"timexId\":null},\"placeId\":\"p").append(e).append("\",\"actors\":[],")
                        .append("\"figures\":").append(figures)
                        .append(",\"civilianTargeting\":false,\"background\":false}");
            }
            return "{\"schemaVersion\":1,\"articleId\":\"" + articleId + "\",\"title\":\"Load test article " + a
                    + "\",\"url\":null,\"outlet\":\"Load\",\"language\":\"en\",\"publishedAt\":" + q(docDate)
                    + ",\"documentDate\":{\"value\":" + q(docDate) + ",\"precision\":\"day\",\"source\":\"given\","
                    + "\"method\":null,\"confidence\":1.0},\"text\":\"Synthetic load test article " + a + ".\","
                    + "\"sentences\":[],\"timexes\":[],\"places\":[" + places + "],\"entities\":[],\"events\":["
                    + annotated + "],\"quotes\":[],\"mainEventId\":\"ev0\",\"annotator\":{\"name\":\"timeline-load\","
                    + "\"version\":\"1\"},\"annotatedAt\":\"2026-01-01T00:00:00Z\"}";
        }

        private static String q(String value) {
            return value == null || value.isEmpty() ? "null"
                    : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
