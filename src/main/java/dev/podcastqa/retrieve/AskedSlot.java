package dev.podcastqa.retrieve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for (an amount of money, a count, a length of time, a share, a
 * date, a person or named thing) and whether a sentence fills it. A near-miss question finds its
 * topic's words in the passages while the slot it asks to fill stays empty: "How much did the
 * system cost?" over sentences about the system that name no sum.
 *
 * <p>The kinds are the usual answer types of question answering, read from the question's opening
 * words; they are not tuned to any set. A question of none of these kinds has no slot. "Why" has
 * none either: a spoken reason seldom says "because", and no near-miss question of the tuning sets
 * asked why, so a reason slot only refused answerable questions there. "When do they discuss X"
 * asks for the moment in the episode, not a date, so only "when did/was" asks for a date.
 */
enum AskedSlot {
  /**
   * "how much did it cost", "what salary", "how large is the budget": a sum of money, a number with
   * its unit ("$24 million", "150k", "a few million dollars") or a price by the month ("200 per
   * month", as a transcript writes "$200 a month"); "raised a ton of money", "big dollars" and
   * "millions of users" name no sum.
   */
  MONEY(
      "[$£€]\\s?\\d|\\b\\d[\\d,.]*\\s?(k|m|bn)\\b|\\b(\\d[\\d,.]*|a|an|one|two|three|four|five"
          + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
          + "|seventy|eighty|ninety|hundred|few|several|couple|half)(\\s+(of|a))?\\s+"
          + "((hundred|thousand|million|billion)\\s+)*(dollars?|bucks|pounds|euros|cents"
          + "|grand|thousand|million|billion|trillion)\\b"
          + "|\\b\\d[\\d,.]*\\s+(a|an|per)\\s+(month|year|week|day|hour|seat|user|head)\\b"),
  /**
   * "how many", "what is the total supply", "what prize": a number other than a lone "one" (which
   * opens half of all spoken sentences).
   */
  COUNT(
      "\\d[\\d,.]*|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen"
          + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
          + "|millions?|billions?|dozens?|couple|several|handful|none|no one|nobody)\\b"),
  /** "how long", "how old", "at what age": a number of units of time, or an age. */
  DURATION(
      "\\d[\\d,.]*|\\b(an?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
          + "|twenty|thirty|forty|fifty|few|several|couple|many)\\s+(\\w+\\s+)?(seconds?"
          + "|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\\b"
          + "|\\b(teens?|twenties|thirties|forties)\\b"),
  /**
   * "what percentage", "what share": a percentage or a fraction, also a fraction said in words
   * ("one tenth of the world's cheetahs", "two fifths").
   */
  SHARE(
      "%|\\b(percent|percentage|half|quarter|third|majority|minority|most|fraction)\\b"
          + "|\\b(a|one|two|three|four|five|six|seven|eight|nine)[\\s-]+(fifth|sixth|seventh"
          + "|eighth|ninth|tenth|twentieth|hundredth|thousandth)s?\\b"),
  /**
   * "when", "what year": a year, a month or day, an age, a time of life, a time before now or from
   * now ("in three to four years", "within a few months": a "when will" answered as spoken).
   */
  DATE(
      "\\b(in|within)\\s+(the\\s+next\\s+)?(\\d[\\d,.]*|an?(\\s+few)?|two|three|four|five|six|seven|eight"
          + "|nine|ten|twelve|fifteen|twenty|thirty|few|several|couple\\s+of)(\\s+(to|or)\\s+\\w+)?"
          + "\\s+(days?|weeks?|months?|years?|decades?)\\b"
          + "|\\b(1[5-9]|20)\\d\\d\\b|\\b\\d0s\\b|\\b(january|february|march|april|june|july"
          + "|august|september|october|november|december|monday|tuesday|wednesday|thursday"
          + "|friday|saturday|sunday|ago|yesterday|age|aged|years old|when i was|childhood"
          + "|(last|this|next|that|the following|the same) (year|month|week|summer|winter|spring)"
          + "|(in|at|after|before|during|finishing|out of) (college|university|high school"
          + "|grad school|graduate school|school|my phd|the phd|my postdoc|my undergrad)"
          + "|as an? (kid|child|teen|teenager|student|undergrad))\\b"),
  /** "who", "which", "what is the name": a capitalized name the question does not use. */
  NAME("");

  /** Nouns that name a sum whatever opens the question: "what salary", "which budget". */
  private static final Pattern MONEY_NOUN =
      Pattern.compile(
          "\\b(cost|costs|price|prices|salary|salaries|budget|budgets|fee|fees|revenue|revenues"
              + "|valuation|funding|money|capital)\\b");

  /**
   * Words that ask for a sum only after "how much": "what problems does it raise", "what did they
   * spend time on" and "what is worth doing" ask for none.
   */
  private static final Pattern MONEY_VERB =
      Pattern.compile(
          "\\b(costed|priced|valued|worth|earn|earns|earned|paid|pay|pays|raised|raise|funded"
              + "|spend|spent|charge|charges)\\b");

  private static final Pattern HOW_MUCH = Pattern.compile("\\bhow (much|large|big|expensive)\\b");
  private static final Pattern WHAT_OPENING = Pattern.compile("^(what|which)\\b");
  private static final Pattern COUNT_QUESTION =
      Pattern.compile(
          "\\bhow many\\b|\\b(what|which) (is|was|are|were) the (total )?(number|toll|count)\\b"
              + "|\\bdeath toll\\b");

  /**
   * Nouns that ask for an amount, said as a number of whatever unit ("5,000 ERG", "half a million
   * tokens"), after "what" or "which": "what prize does the winner get", "what is the total
   * supply", "which reward do miners get". "Is dopamine about anticipating a reward?" asks for
   * none.
   */
  private static final Pattern AMOUNT_NOUN =
      Pattern.compile(
          "\\b(prize|prizes|reward|rewards|bounty|bounties|payout|payouts|supply|stipend|stipends)\\b");

  private static final Pattern DURATION_QUESTION =
      Pattern.compile("\\bhow (long|old|often)\\b|\\bwhat age\\b|\\bhow many (years|months)\\b");
  private static final Pattern SHARE_QUESTION =
      Pattern.compile("\\b(what|which) (percentage|percent|share|proportion|fraction)\\b");

  /**
   * "When did he say/call/mention ..." asks for the moment of the episode where it is said, like
   * "when do they discuss": no date.
   */
  private static final Pattern WHEN_SAID =
      Pattern.compile(
          "^when (did|was)\\b.*\\b(say|said|call|called|mention|mentioned|talk|talked|discuss"
              + "|discussed|describe|described|explain|explained|bring up|brought up|joke|joked"
              + "|quote|quoted)\\b");

  private static final Pattern DATE_QUESTION =
      Pattern.compile(
          "^when (did|was|were|will|had)\\b"
              + "|\\b(what|which|in what|in which) (year|date|month|decade)\\b");
  private static final Pattern NAME_QUESTION =
      Pattern.compile(
          "^((in|at|for|from|on|with|by|to) )?(who|whom|whose|which)\\b|\\bwhat (is|was|were|are) the names?\\b"
              + "|\\bwhat (is|was|were|are) (it|they|he|she) called\\b");

  /**
   * "which <kind> ...": the two words after "which", of which those not auxiliary name the kind.
   */
  private static final Pattern WHICH_KIND =
      Pattern.compile("^(?:\\p{L}+ )?which ([\\p{L}'-]+(?: [\\p{L}'-]+)?)");

  /** Words after "which" that name no kind: "which is", "which of the". */
  private static final Pattern NO_KIND =
      Pattern.compile(
          "is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|of|the|a|an");

  /** "the name(s) of the <kind>". */
  private static final Pattern NAME_OF =
      Pattern.compile(
          "\\bnames? of (?:the |his |her |their |its |a |an )?([\\p{L}'-]+(?: [\\p{L}'-]+)?)");

  /** Leading letters of a kind word that a sentence word must start with ("journals"). */
  static final int KIND_PREFIX = 5;

  private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+");

  private final Pattern filler;

  AskedSlot(String filler) {
    this.filler = Pattern.compile(filler, Pattern.CASE_INSENSITIVE);
  }

  /** The slot {@code question} asks to fill, or null when it asks for none of these kinds. */
  static AskedSlot of(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (SHARE_QUESTION.matcher(q).find()) {
      return SHARE;
    }
    if (DURATION_QUESTION.matcher(q).find()) {
      return DURATION;
    }
    if (asksForMoney(q)) {
      return MONEY;
    }
    if (COUNT_QUESTION.matcher(q).find()
        || (WHAT_OPENING.matcher(q).find() && AMOUNT_NOUN.matcher(q).find())) {
      return COUNT;
    }
    if (DATE_QUESTION.matcher(q).find() && !WHEN_SAID.matcher(q).find()) {
      return DATE;
    }
    return NAME_QUESTION.matcher(q).find() ? NAME : null;
  }

  private static boolean asksForMoney(String lowerQuestion) {
    if (HOW_MUCH.matcher(lowerQuestion).find()) {
      return MONEY_NOUN.matcher(lowerQuestion).find() || MONEY_VERB.matcher(lowerQuestion).find();
    }
    return WHAT_OPENING.matcher(lowerQuestion).find() && MONEY_NOUN.matcher(lowerQuestion).find();
  }

  /**
   * 1 when {@code question} asks for a name and no one of {@code sentences} holds both a new name
   * and a word of the kind of thing asked for ("which <i>journal</i>", "the name of the
   * <i>detective</i>"): a passage full of names is no answer to "which journal" unless it speaks of
   * a journal. A question that names no kind ("who ...") is filled by any new name. 0 when the
   * question asks for no name.
   */
  static double nameEmpty(String question, List<String> sentences) {
    if (of(question) != NAME) {
      return 0;
    }
    String q = question.strip().toLowerCase(Locale.ROOT);
    List<Pattern> kind = askedKind(q);
    for (String sentence : sentences) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (hasNewName(sentence, q)
          && (kind.isEmpty() || kind.stream().anyMatch(k -> k.matcher(lower).find()))) {
        return 0;
      }
    }
    return 1;
  }

  /** The words naming the kind of thing a name question asks for, as word-start patterns. */
  static List<Pattern> askedKind(String lowerQuestion) {
    Matcher m = WHICH_KIND.matcher(lowerQuestion);
    String words = m.find() ? m.group(1) : null;
    if (words == null) {
      Matcher named = NAME_OF.matcher(lowerQuestion);
      words = named.find() ? named.group(1) : "";
    }
    List<Pattern> kind = new java.util.ArrayList<>();
    for (String word : words.strip().split("\\s+")) {
      if (NO_KIND.matcher(word).matches()) {
        break;
      }
      if (word.length() >= 3) {
        String stem = word.substring(0, Math.min(word.length(), KIND_PREFIX));
        kind.add(Pattern.compile("\\b" + Pattern.quote(stem)));
      }
    }
    return kind;
  }

  /**
   * 1 when {@code question} asks for a slot and none of {@code sentences} fills it, else 0 (also
   * when it asks for no slot).
   */
  static double empty(String question, List<String> sentences) {
    AskedSlot slot = of(question);
    if (slot == null) {
      return 0;
    }
    String lowerQuestion = question.toLowerCase(Locale.ROOT);
    return sentences.stream().anyMatch(s -> slot.filledBy(s, lowerQuestion)) ? 0 : 1;
  }

  /** Whether {@code sentence} holds an answer of this kind that the question does not hold. */
  boolean filledBy(String sentence, String lowerQuestion) {
    if (this == NAME) {
      return hasNewName(sentence, lowerQuestion);
    }
    var found = filler.matcher(sentence);
    while (found.find()) {
      if (!lowerQuestion.contains(found.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalized word that is not the question's own, not "I" and does not open a sentence. */
  static boolean hasNewName(String text, String lowerQuestion) {
    var names = CAPITALIZED.matcher(text);
    while (names.find()) {
      String before = text.substring(0, names.start()).stripTrailing();
      boolean opensSentence =
          before.isEmpty() || ".!?\"".indexOf(before.charAt(before.length() - 1)) >= 0;
      String word = names.group().toLowerCase(Locale.ROOT);
      if (!opensSentence
          && !word.equals("i")
          && !word.startsWith("i'")
          && !lowerQuestion.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
