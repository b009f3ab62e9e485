package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a reader (nesting 100,000 levels deep, entity expansion, a long line, a
 * hundred thousand tiny cues, times that are no times) each read or give problems, within a
 * deadline and without an exception escaping, and the short page read beside them is still read.
 * {@code -Dfuzz.heavy=true} runs the million-cue, 5 MB line and 50 MB cases (the suite runs a tenth
 * to a fifth of each).
 */
class HostileFilesTests {

  private static final boolean HEAVY = Boolean.getBoolean("fuzz.heavy");
  private static final int CUES = HEAVY ? 1_000_000 : 100_000;
  private static final int DEEP = 100_000;
  private static final int LONG_LINE = (HEAVY ? 5 : 1) * 1024 * 1024;
  private static final Duration DEADLINE = Duration.ofSeconds(HEAVY ? 120 : 30);
  private static final String SHORT_PAGE = "Short Page\n\nPodcast: Loopback Radio\n\nNotes.\n";
  private static final String LAUGHS =
      "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
          + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
          + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
          + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
          + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
          + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
          + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
          + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"
          + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(HostileInputFuzzTests::daemon);
  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @AfterEach
  void stop() {
    reader.shutdownNow();
  }

  @Test
  void jsonNestedAHundredThousandLevels() throws Exception {
    survives("deep.json", "[".repeat(DEEP) + "]".repeat(DEEP));
    survives("deep-object.json", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
    survives(
        "deep-segments.json",
        "{\"segments\": [{\"start\": 0.0, \"end\": 1.0, \"text\": "
            + "[".repeat(DEEP)
            + "]".repeat(DEEP)
            + "}]}");
    survives(
        "deep-list.json",
        "[{\"start\": 0, \"text\": " + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}]");
  }

  @Test
  void xmlNestedAHundredThousandLevels() throws Exception {
    String deep = "<div>".repeat(DEEP) + "x" + "</div>".repeat(DEEP);
    survives(
        "deep.ttml",
        "<?xml version=\"1.0\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body>"
            + deep
            + "</body></tt>\n");
    survives(
        "deep.xml",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>I</title><description>"
            + deep
            + "</description></item></channel></rss>");
    survives("deep.html", "<html><head><title>T</title></head><body>" + deep + "</body></html>");
    survives(
        "deep.trs",
        "<?xml version=\"1.0\"?>\n<Trans><Episode><Section><Turn>"
            + "<Sync time=\"0\"/>".repeat(10)
            + deep
            + "</Turn></Section></Episode></Trans>");
    survives(
        "deep-timedtext.xml",
        "<?xml version=\"1.0\"?>\n<timedtext format=\"3\"><body>"
            + "<p t=\"0\" d=\"10\">"
            + deep
            + "</p></body></timedtext>");
  }

  @Test
  void entityExpansionAndExternalEntities() throws Exception {
    String xml = "<?xml version=\"1.0\"?>\n";
    survives(
        "laughs-feed.xml",
        xml
            + LAUGHS
            + "<rss version=\"2.0\"><channel><title>&lol9;"
            + "</title><item><title>&lol9;</title><description>&xxe;</description></item>"
            + "</channel></rss>");
    survives(
        "laughs.ttml",
        xml
            + LAUGHS
            + "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div>"
            + "<p begin=\"00:00:01.000\" end=\"00:00:02.000\">&lol9;&xxe;</p></div></body></tt>");
    survives(
        "laughs.trs",
        xml
            + LAUGHS
            + "<Trans><Episode><Section><Turn><Sync time=\"0\"/>"
            + "&lol9;</Turn></Section></Episode></Trans>");
    survives(
        "laughs-srv3.xml",
        xml
            + LAUGHS
            + "<timedtext format=\"3\"><body>"
            + "<p t=\"0\" d=\"10\">&lol9;</p></body></timedtext>");
    survives(
        "laughs.html",
        xml
            + LAUGHS
            + "<html><head><title>&lol9;</title></head><body>"
            + "<p data-start=\"1\">&lol9;</p></body></html>");
    String yaml =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
            + "title: *g\n";
    survives("laughs.md", "---\n" + yaml + "---\n\n[00:00:01] Host: hello\n");
    survives(
        "deep-yaml.md",
        "---\ntitle: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n---\n\n[00:00:01] Host: hello\n");
  }

  @Test
  void aFiveMegabyteLineInEveryShape() throws Exception {
    String line = "word ".repeat(LONG_LINE / 5);
    String noSpace = "x".repeat(LONG_LINE);
    survives("long.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + line + "\n");
    survives("long.srt", "1\n00:00:01,000 --> 00:00:02,000\n" + noSpace + "\n");
    survives("long.txt", "Title\n\n[00:00:01] " + line + "\n[00:00:02] " + noSpace + "\n");
    survives("long-page.txt", noSpace);
    survives("long-brackets.txt", "[".repeat(LONG_LINE) + "\n");
    survives("long-colons.txt", "0:".repeat(LONG_LINE / 2) + "\n");
    survives("long-parens.txt", "Title\n" + "(0".repeat(LONG_LINE / 2) + "\n");
    survives("long.json", "[{\"start\": 0.0, \"end\": 1.0, \"text\": \"" + noSpace + "\"}]");
    survives(
        "long.html", "<html><head><title>T</title></head><body><p>" + line + "</p></body></html>");
    survives("long-tags.html", "<p>" + "<span>".repeat(LONG_LINE / 6) + "</p>");
    survives("long.md", "---\ntitle: T\n---\n\n# " + noSpace + "\n");
    survives("long-sbv.sbv", "0:00:00.599,0:00:04.160\n" + noSpace + "\n");
    survives("long-tsv.tsv", "start\tend\ttext\n0\t1000\t" + noSpace + "\n");
  }

  @Test
  void aHundredThousandTinyCues() throws Exception {
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    StringBuilder srt = new StringBuilder();
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < CUES; i++) {
      String start = clock(i, '.');
      String end = clock(i + 1, '.');
      vtt.append(start).append(" --> ").append(end).append("\na\n\n");
      srt.append(i + 1)
          .append('\n')
          .append(clock(i, ','))
          .append(" --> ")
          .append(clock(i + 1, ','))
          .append("\nb\n\n");
      json.append(i == 0 ? "" : ",")
          .append("{\"start\":")
          .append(i / 10.0)
          .append(",\"text\":\"c\"}");
    }
    survives("tiny.vtt", vtt.toString());
    survives("tiny.srt", srt.toString());
    survives("tiny.json", json.append(']').toString());
  }

  @Test
  void aQuarterMillionTimedLinesAtOneTimeReadInAMinute() throws Exception {
    // each line's end was sought past all the lines sharing its time: 2 MB took minutes. It reads
    // in about 6 s; the bound is loose so a loaded machine does not fail it, and still far below
    // what the quadratic reading took.
    Path page =
        Files.writeString(
            folder.resolve("one-time.txt"), "Title\n\n" + "00:01 x\n".repeat(262_144));

    Future<Corpus> read = reader.submit(() -> ingester.ingest(List.of(page.toString())));
    Corpus corpus = read.get(60, TimeUnit.SECONDS);

    assertThat(corpus.episodes()).hasSize(1);
  }

  @Test
  void timesThatAreNoTimes() throws Exception {
    survives(
        "odd.vtt",
        "WEBVTT\n\n99:99:99.999 --> 00:00:01.000\na\n\n"
            + "00:00:05.000 --> 00:00:02.000\nb\n\n-00:00:01.000 --> 00:00:02.000\nc\n\n"
            + "999999999999999999999:00:00.000 --> 999999999999999999999:00:01.000\nd\n");
    survives(
        "odd.srt",
        "1\n00:00:09,000 --> 00:00:10,000\na\n\n2\n00:00:01,000 --> 00:00:02,000\n"
            + "b\n\n3\n99:99:99,999 --> 99:99:99,999\nc\n");
    survives(
        "odd.json",
        "[{\"start\": NaN, \"text\": \"a\"}, {\"start\": 1e308, \"end\": -1e308,"
            + " \"text\": \"b\"}, {\"start\": -5, \"text\": \"c\"}, {\"start\": \"Infinity\", \"text\":"
            + " \"d\"}, {\"start\": 1e400, \"text\": \"e\"}]");
    survives(
        "odd-whisper.json",
        "{\"text\": \"x\", \"segments\": [{\"start\": 1e308, \"end\":"
            + " 1e308, \"text\": \"a\"}, {\"start\": -1.0, \"end\": -2.0, \"text\": \"b\"}]}");
    survives(
        "odd-json3.json",
        "{\"wireMagic\": \"pb3\", \"events\": [{\"tStartMs\":"
            + " 9223372036854775807, \"dDurationMs\": 9223372036854775807, \"segs\": [{\"utf8\":"
            + " \"a\", \"tOffsetMs\": 9223372036854775807}]}, {\"tStartMs\": -5, \"segs\": [{\"utf8\":"
            + " \"b\"}]}]}");
    survives(
        "odd.txt",
        "Title\n\n[99:99:99] a\n[-1:00] b\n[00:00:01] c\n(1e308) d\n"
            + "99999999999999999999:00 e\n");
    survives("odd.tsv", "start\tend\ttext\n1e308\t-1\ta\nNaN\tNaN\tb\n-5\t-10\tc\n");
    survives("odd.sbv", "9:99:99.999,0:00:04.160\na\n\n-0:00:01.000,0:00:04.160\nb\n");
    survives(
        "odd.ttml",
        "<?xml version=\"1.0\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body>"
            + "<div><p begin=\"99:99:99.999\" end=\"-1s\">a</p><p begin=\"1e308s\" end=\"NaNs\">b</p>"
            + "<p begin=\"99999999999999999999t\">c</p></div></body></tt>");
    survives(
        "odd-srv3.xml",
        "<?xml version=\"1.0\"?>\n<timedtext format=\"3\"><body>"
            + "<p t=\"99999999999999999999\" d=\"-1\">a</p><p t=\"NaN\">b</p></body></timedtext>");
  }

  @Test
  void aDurationOfTwentyDigitHoursIsNoDuration() throws Exception {
    // Integer.parseInt threw on it, and the page was lost to the last-resort catch
    survives("hours.txt", "99999999999999999999 hrs 10 min\n\nA Page\n\n[00:00:00] Intro\n");
  }

  @Test
  void aFeedWithAFiftyMegabyteDescriptionIsReadWithinTheDeadline() throws Exception {
    int size = HEAVY ? 50 * 1024 * 1024 : 5 * 1024 * 1024;
    String feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Show</title>"
            + "<item><title>Big</title><description>"
            + "notes ".repeat(size / 6)
            + "</description></item><item><title>Small</title></item></channel></rss>";
    FeedReader feeds =
        new FeedReader(
            url -> {
              throw new SourceException(url, 0, "offline");
            },
            new TranscriptReader());
    List<Problem> problems = new ArrayList<>();
    Future<List<Draft>> read =
        reader.submit(() -> feeds.read(SourceText.of("big-feed.xml", feed), problems::add));
    List<Draft> drafts = read.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    assertThat(drafts).hasSize(2);
  }

  /**
   * Reads {@code content} as {@code name} beside a short page, within the deadline: no exception
   * escapes or reaches the ingester's last resort, and the page is read.
   */
  private void survives(String name, String content) throws Exception {
    Path dir = Files.createTempDirectory(folder, "h");
    Files.writeString(dir.resolve(name), content);
    Files.writeString(dir.resolve("short-page.txt"), SHORT_PAGE);
    Corpus corpus;
    try (LogCapture log = LogCapture.silencing(Ingester.class)) {
      Future<Corpus> read = reader.submit(() -> ingester.ingest(List.of(dir.toString())));
      corpus = read.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
    assertThat(corpus.problems())
        .as(name)
        .extracting(Problem::reason)
        .noneMatch(reason -> reason.startsWith("could not be read: "));
    assertThat(corpus.episodes()).as(name).extracting(Episode::title).contains("Short Page");
    assertThat(corpus.problems()).as(name).allSatisfy(p -> assertThat(p.location()).isNotBlank());
    deleteAll(dir);
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  private static String clock(int tenths, char comma) {
    int ms = tenths * 100;
    return String.format(
        java.util.Locale.ROOT,
        "%02d:%02d:%02d%c%03d",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        comma,
        ms % 1000);
  }
}
