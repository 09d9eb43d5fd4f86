package org.llmcostplanner.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Token-counting throughput on about 4 MB of mixed text, as milliseconds per count of the whole
 * corpus: {@link Tokenizer#SHARED} as the app counts (chunks at safe cuts, counted in parallel on
 * the common ForkJoinPool), and one JTokkit {@code countTokensOrdinary} call on one thread, so the
 * parallel gain shows. Setup prints the corpus size in UTF-8 bytes; MB/s is
 * {@code bytes / 1e6 / (ms/op / 1000)}.
 *
 * <p>The corpus has four parts of at most {@value #PART_BYTES} UTF-8 bytes each, in this order:
 * prose (the Markdown files), code (the Java sources under {@code src/main/java}, in path order),
 * JSON ({@code assets/price-catalog.json}) and {@link #MULTILINGUAL}. Each part repeats its sources
 * whole, line after line, and stops at the last line that fits. Paths resolve against the working
 * directory, which is the project root under {@code exec:exec}; the corpus changes when those files
 * do, so compare runs of one commit.
 *
 * <p>Setup writes the corpus to {@code target/bench/corpus.txt} and its token count to
 * {@code target/bench/corpus.ENCODING.tokens}, for {@code src/test/python/tiktoken_throughput.py},
 * which times OpenAI's tiktoken on the same bytes and checks that its counts agree.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@bench -Dbench.args="TokenCountBenchmark -f 1 -wi 3 -i 5"}.
 * Not a test: surefire never runs it (its name does not end in Test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class TokenCountBenchmark {
    /** Size cap of each of the four parts of the corpus, in UTF-8 bytes. */
    static final int PART_BYTES = 1_000_000;

    static final List<String> PROSE = List.of("README.md", "assets/README.md");
    static final String CODE_ROOT = "src/main/java";
    static final String JSON = "assets/price-catalog.json";
    static final Path OUT = Path.of("target", "bench");

    /**
     * Three lines each of Chinese, Japanese, Korean, Russian, Arabic, Hindi and Greek, then emoji:
     * ZWJ sequences (family, woman technologist with a skin tone, astronaut, couple with heart,
     * rainbow and pirate flags, heart on fire), regional-indicator flags and variation selectors.
     */
    static final String MULTILINGUAL = """
            每月的令牌费用取决于提示的长度和回答的长度。
            缓存的输入令牌通常比普通输入便宜得多，批处理还能再省一半。
            如果每天有十万次查询，小模型和大模型之间的差价就非常明显。
            トークン数はプロンプトの長さと応答の長さで決まります。
            キャッシュされた入力は通常の入力よりずっと安く、バッチ処理ならさらに半額になります。
            東京リージョンの料金は米国リージョンと少し異なる場合があります。
            토큰 수는 프롬프트와 응답의 길이에 따라 달라집니다.
            캐시된 입력 토큰은 일반 입력보다 훨씬 저렴합니다.
            하루에 십만 건의 질의가 있다면 작은 모델과 큰 모델의 비용 차이가 큽니다.
            Стоимость в месяц зависит от длины запроса и длины ответа.
            Кэшированные входные токены обычно стоят в десять раз дешевле.
            При ста тысячах запросов в день разница между моделями становится заметной.
            تعتمد التكلفة الشهرية على طول الطلب وطول الإجابة.
            الرموز المخزنة مؤقتا أرخص بكثير من الرموز العادية.
            مع مئة ألف استعلام يوميا يصبح الفرق بين النماذج واضحا.
            मासिक लागत प्रॉम्प्ट की लंबाई और उत्तर की लंबाई पर निर्भर करती है।
            कैश किए गए इनपुट टोकन सामान्य इनपुट से बहुत सस्ते होते हैं।
            प्रतिदिन एक लाख प्रश्नों पर छोटे और बड़े मॉडल का अंतर साफ़ दिखता है।
            Το μηνιαίο κόστος εξαρτάται από το μήκος της ερώτησης και της απάντησης.
            Τα αποθηκευμένα διακριτικά εισόδου κοστίζουν πολύ λιγότερο.
            Με εκατό χιλιάδες ερωτήματα την ημέρα η διαφορά γίνεται μεγάλη.
            Team: 👨‍👩‍👧‍👦 👩🏽‍💻 🧑🏿‍🚀 👨‍❤️‍👨 🏳️‍🌈 🏴‍☠️ ❤️‍🔥
            Regions: 🇯🇵 🇰🇷 🇩🇪 🇧🇷 🇮🇳, status: ✅ done, ⚠️ check prices, 🚀 shipped 🎉🎉🎉
            """;

    @Param({"o200k_base", "cl100k_base"})
    private String encodingId;

    private TokenEncoding encoding;
    private Encoding jtokkit;
    /** Not final, so the JIT cannot fold a count into a constant. */
    private String corpus;

    @Setup
    public void buildCorpus() throws IOException {
        encoding = TokenEncoding.fromId(encodingId).orElseThrow();
        jtokkit = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.fromName(encodingId).orElseThrow());
        List<String> parts = List.of(
                part(read(PROSE.stream().map(Path::of).toList()), PART_BYTES),
                part(read(javaSources()), PART_BYTES),
                part(read(List.of(Path.of(JSON))), PART_BYTES),
                part(List.of(MULTILINGUAL), PART_BYTES));
        corpus = String.join("", parts);

        long parallel = Tokenizer.SHARED.count(corpus, encoding);
        long single = jtokkit.countTokensOrdinary(corpus);
        if (parallel != single) {
            throw new IllegalStateException(encodingId + ": Tokenizer.SHARED counted " + parallel
                    + " tokens, one JTokkit call " + single);
        }
        byte[] bytes = corpus.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("corpus.txt"), bytes);
        Files.writeString(OUT.resolve("corpus." + encodingId + ".tokens"),
                "tokens=" + single + "\nsha256=" + sha256(bytes) + "\n");
        System.out.printf("%ncorpus: %,d bytes UTF-8 (prose %,d, code %,d, JSON %,d, multilingual %,d), %,d chars;"
                        + " %s: %,d tokens; written to %s%n",
                bytes.length, utf8(parts.get(0)), utf8(parts.get(1)), utf8(parts.get(2)), utf8(parts.get(3)),
                corpus.length(), encodingId, single, OUT.resolve("corpus.txt"));
    }

    /** What the app does: chunks at safe cuts, counted on every core. */
    @Benchmark
    public long tokenizerParallel() {
        return Tokenizer.SHARED.count(corpus, encoding);
    }

    /** The whole corpus in one JTokkit call, on one thread. */
    @Benchmark
    public long jtokkitSingleThread() {
        return jtokkit.countTokensOrdinary(corpus);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(CODE_ROOT))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .sorted((a, b) -> a.toString().replace('\\', '/').compareTo(b.toString().replace('\\', '/')))
                    .toList();
        }
    }

    private static List<String> read(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file.toAbsolutePath() + " not found; run from the project root");
            }
            texts.add(Files.readString(file));
        }
        return texts;
    }

    /**
     * The lines of {@code texts} (each with its line feed; a text without a final one gets one),
     * repeated in order for as long as they fit in {@code maxBytes} UTF-8 bytes.
     */
    static String part(List<String> texts, int maxBytes) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (int start = 0; start < text.length(); ) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline + 1;
                lines.add(newline < 0 ? text.substring(start) + "\n" : text.substring(start, end));
                start = end;
            }
        }
        int[] lineBytes = lines.stream().mapToInt(TokenCountBenchmark::utf8).toArray();
        StringBuilder part = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes + lineBytes[i % lines.size()] <= maxBytes; i++) {
            part.append(lines.get(i % lines.size()));
            bytes += lineBytes[i % lines.size()];
        }
        return part.toString();
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
