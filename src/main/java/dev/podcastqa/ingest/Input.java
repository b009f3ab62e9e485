package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** One file or URL to read, with the key that joins it to sources named alike beside it. */
public record Input(String location, boolean url, String stemKey) {

  /** Largest file read by default, in bytes (the setting PODCASTQA_MAX_FILE_MB changes it). */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /**
   * Files, folders (read recursively, hidden files, READMEs and {@code feeds.txt} skipped) and
   * URLs.
   */
  static List<Input> expand(List<String> inputs, Consumer<Problem> problems) {
    return expand(inputs, problems, new HashMap<>());
  }

  /**
   * As {@link #expand(List, Consumer)}, putting in {@code listed} the attributes each file found in
   * a folder had when it was listed (none for symbolic links), so they need not be read again.
   */
  static List<Input> expand(
      List<String> inputs, Consumer<Problem> problems, Map<Input, BasicFileAttributes> listed) {
    List<Input> expanded = new ArrayList<>();
    for (String input : inputs) {
      if (input.startsWith("http://") || input.startsWith("https://")) {
        expanded.add(new Input(input, true, input));
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        expanded.addAll(walk(path, problems, listed));
      } else if (Files.isRegularFile(path)) {
        expanded.add(ofFile(path));
      } else {
        problems.accept(new Problem(input, 0, "no such file or folder"));
      }
    }
    return expanded;
  }

  /**
   * The files under {@code folder}, in order, each stat-ed once while the folder is walked (a
   * symbolic link is followed only after it is found to stay inside the folder).
   */
  private static List<Input> walk(
      Path folder, Consumer<Problem> problems, Map<Input, BasicFileAttributes> listed) {
    try {
      Path root = folder.toRealPath();
      Map<Path, BasicFileAttributes> files = new HashMap<>();
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              Path relative = folder.relativize(dir);
              boolean hidden = relative.getNameCount() > 0 && isHiddenPart(relative.getFileName());
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isSkipped(folder.relativize(file))) {
                return FileVisitResult.CONTINUE;
              }
              if (attributes.isSymbolicLink()) {
                if (staysInside(file, root, problems) && Files.isRegularFile(file)) {
                  files.put(file, null);
                }
              } else if (attributes.isRegularFile()) {
                files.put(file, attributes);
              }
              return FileVisitResult.CONTINUE;
            }
          });
      List<Path> sorted = new ArrayList<>(files.keySet());
      Collections.sort(sorted);
      List<Input> inputs = new ArrayList<>(sorted.size());
      for (Path file : sorted) {
        Input input = ofFile(file);
        inputs.add(input);
        BasicFileAttributes attributes = files.get(file);
        if (attributes != null) {
          listed.put(input, attributes);
        }
      }
      return inputs;
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(new Problem(folder.toString(), 0, "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * Whether {@code path} is not a symbolic link, or one that leads to a file inside {@code root}; a
   * link that leads outside (to /etc/passwd, say) or nowhere is reported and not read.
   */
  private static boolean staysInside(Path path, Path root, Consumer<Problem> problems) {
    if (!Files.isSymbolicLink(path)) {
      return true;
    }
    try {
      Path target = path.toRealPath();
      if (target.startsWith(root)) {
        return true;
      }
      problems.accept(
          new Problem(
              path.toString(),
              0,
              "symbolic link to "
                  + target
                  + " leads outside the folder "
                  + root
                  + "; not read (copy the file into the folder to read it)"));
    } catch (IOException e) {
      problems.accept(new Problem(path.toString(), 0, "symbolic link leads to no file; not read"));
    }
    return false;
  }

  private static boolean isSkipped(Path relative) {
    for (Path part : relative) {
      if (isHiddenPart(part)) {
        return true;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    // feeds.txt lists the feeds serve follows; it is no episode source.
    return name.startsWith("readme") || name.endsWith("~") || name.equals("feeds.txt");
  }

  private static boolean isHiddenPart(Path part) {
    return part.toString().startsWith(".");
  }

  private static Input ofFile(Path path) {
    String stem = stemOf(path.getFileName().toString());
    Path parent = path.toAbsolutePath().normalize().getParent();
    return new Input(path.toString(), false, parent.resolve(stem).toString());
  }

  /** How a sidecar's name ends, so it never shares the name of a JSON transcript. */
  static final String SIDECAR_SUFFIX = ".meta.json";

  /**
   * The name without its extension, and without {@code .meta} before {@code .json}: a sidecar
   * {@code NAME.meta.json} joins {@code NAME.json}, a Podcasting 2.0 transcript. A pipeline's role
   * word ({@code _transcript}, {@code _meta}, {@code _notes}; {@link SiblingFiles}) is left out
   * too.
   */
  static String stemOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(SIDECAR_SUFFIX) && name.length() > SIDECAR_SUFFIX.length()) {
      return name.substring(0, name.length() - SIDECAR_SUFFIX.length());
    }
    int dot = name.lastIndexOf('.');
    return SiblingFiles.episodeStem(dot > 0 ? name.substring(0, dot) : name);
  }

  /** The file's text: UTF-8, or Windows-1252 for older files that are not UTF-8. */
  SourceText readFile(long maxBytes) {
    Path path = Path.of(location);
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new SourceException(location, 0, tooLarge(size, maxBytes));
      }
      byte[] bytes = Files.readAllBytes(path);
      for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
        if (bytes[i] == 0) {
          throw new SourceException(location, 0, "binary file, not text");
        }
      }
      return new SourceText(location, path.getFileName().toString(), decode(bytes));
    } catch (IOException e) {
      throw new SourceException(location, 0, "cannot read file: " + e.getMessage(), e);
    }
  }

  private static String tooLarge(long size, long maxBytes) {
    return String.format(
        Locale.ROOT,
        "file is %.1f MB, over the limit of %.1f MB; skipped (PODCASTQA_MAX_FILE_MB raises it)",
        size / 1048576.0,
        maxBytes / 1048576.0);
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
