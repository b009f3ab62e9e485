package dev.podcastqa.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite file feedback is kept in: one connection, used by one thread at a time. The service
 * writes to it from its writer thread; {@code report} reads it from another process at the same
 * time (the journal is write-ahead, so readers do not wait for the writer).
 */
public final class FeedbackDatabase implements AutoCloseable {

  /** How long a statement waits for another process's lock before it fails. */
  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private final Path file;
  private final Connection connection;

  private FeedbackDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating it and its folder when missing) the database at {@code file}. */
  public static FeedbackDatabase open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new FeedbackStoreException("cannot create the folder of " + file + ": " + e, e);
    }
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        statement.execute("PRAGMA foreign_keys = ON");
        statement.execute("PRAGMA journal_mode = WAL");
        for (String sql : schema()) {
          statement.execute(sql);
        }
      }
      return new FeedbackDatabase(file, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new FeedbackStoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Keeps {@code asked} with its citations, in one transaction. */
  public synchronized void insert(AskedQuestion asked) {
    inTransaction(
        "record an answer",
        () -> {
          try (PreparedStatement answer =
              connection.prepareStatement("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            answer.setString(1, asked.answerId());
            answer.setLong(2, asked.askedAt().toEpochMilli());
            answer.setString(3, asked.channel().wire());
            answer.setString(4, asked.question());
            answer.setInt(5, asked.answered() ? 1 : 0);
            answer.setString(6, asked.mode().value());
            answer.setString(7, asked.answer());
            answer.executeUpdate();
          }
          try (PreparedStatement cited =
              connection.prepareStatement("INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CitedMoment moment : asked.citations()) {
              cited.setString(1, asked.answerId());
              cited.setInt(2, moment.n());
              cited.setString(3, moment.episodeId());
              cited.setString(4, moment.episodeTitle());
              if (moment.startSeconds() == null) {
                cited.setNull(5, Types.INTEGER);
              } else {
                cited.setInt(5, moment.startSeconds());
              }
              cited.setString(6, moment.chapter());
              cited.addBatch();
            }
            cited.executeBatch();
          }
        });
  }

  /**
   * Keeps {@code thumb}. With {@code replace}, it takes the place of the answer's earlier thumbs
   * from the same channel (the web chat's asker changing their mind); else it is one more (each
   * Discord member who clicks).
   */
  public synchronized void insert(Thumb thumb, Channel channel, boolean replace) {
    inTransaction(
        "record a thumb",
        () -> {
          if (replace) {
            try (PreparedStatement delete =
                connection.prepareStatement(
                    "DELETE FROM thumbs WHERE answer_id = ? AND channel = ?")) {
              delete.setString(1, thumb.answerId());
              delete.setString(2, channel.wire());
              delete.executeUpdate();
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO thumbs VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, thumb.answerId());
            insert.setLong(2, thumb.ratedAt().toEpochMilli());
            insert.setString(3, channel.wire());
            insert.setString(4, thumb.rating().wire());
            insert.setString(5, thumb.comment());
            insert.executeUpdate();
          }
        });
  }

  /** Whether an answer with {@code answerId} is kept. */
  public synchronized boolean hasAnswer(String answerId) {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM answers WHERE id = ?")) {
      query.setString(1, answerId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw failed("look up an answer", e);
    }
  }

  /**
   * Deletes answers asked, and thumbs given, before {@code cutoff}; returns the answers deleted.
   */
  public synchronized int deleteBefore(Instant cutoff) {
    int[] deleted = new int[1];
    inTransaction(
        "delete old rows",
        () -> {
          try (PreparedStatement answers =
                  connection.prepareStatement("DELETE FROM answers WHERE asked_at < ?");
              PreparedStatement thumbs =
                  connection.prepareStatement("DELETE FROM thumbs WHERE rated_at < ?")) {
            answers.setLong(1, cutoff.toEpochMilli());
            deleted[0] = answers.executeUpdate();
            thumbs.setLong(1, cutoff.toEpochMilli());
            thumbs.executeUpdate();
          }
        });
    return deleted[0];
  }

  /** The report of what listeners asked since {@code since} (null: everything kept). */
  public ListenerReport report(LocalDate since) {
    return new ReportQueries(this).report(since);
  }

  /** The rows a query selects, each as an array of its columns' values. */
  synchronized List<Object[]> select(String sql, Object... parameters) {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        List<Object[]> result = new ArrayList<>();
        while (rows.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rows.getObject(c + 1);
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw failed("read the report", e);
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(String what, Work work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  private FeedbackStoreException failed(String what, SQLException e) {
    return new FeedbackStoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
  }

  private static List<String> schema() {
    try (InputStream in = FeedbackDatabase.class.getResourceAsStream("/feedback/schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("feedback/schema.sql is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (!line.strip().startsWith("--")) {
          current.append(line).append('\n');
        }
      }
      for (String statement : current.toString().split(";")) {
        if (!statement.isBlank()) {
          statements.add(statement.strip());
        }
      }
      return statements;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read feedback/schema.sql", e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing is pending: every write commits before it returns.
    }
  }
}
