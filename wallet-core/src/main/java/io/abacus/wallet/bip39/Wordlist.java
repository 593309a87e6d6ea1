package io.abacus.wallet.bip39;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A BIP39 wordlist of 2048 words, loaded from a classpath resource (one word a line). Lists are
 * data, so another language is a new resource plus a {@link #load} call; English ships with Abacus
 * ({@link #english()}).
 */
public final class Wordlist {
  private static final int SIZE = 2048;

  private final String language;
  private final String separator;
  private final List<String> words;
  private final Map<String, Integer> index;
  private final int longest;

  private Wordlist(String language, String separator, List<String> words) {
    this.language = language;
    this.separator = separator;
    this.words = List.copyOf(words);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      map.put(words.get(i), i);
    }
    this.index = Collections.unmodifiableMap(map);
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The English list of BIP39. */
  public static Wordlist english() {
    return EnglishHolder.ENGLISH;
  }

  /**
   * Loads a list from a UTF-8 resource with 2048 distinct words, one a line (NFKD-normalised).
   *
   * @param language name shown to users, e.g. "English"
   * @param separator the word separator for display ({@code " "}, or U+3000 for Japanese)
   * @param resource absolute classpath resource name
   * @throws IllegalArgumentException if the resource is missing or not a valid list
   */
  public static Wordlist load(String language, String separator, String resource) {
    try (InputStream in = Wordlist.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no wordlist resource " + resource);
      }
      List<String> words = new ArrayList<>(SIZE);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String word = Normalizer.normalize(line.strip(), Normalizer.Form.NFKD);
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
      if (words.size() != SIZE || words.stream().distinct().count() != SIZE) {
        throw new IllegalArgumentException(
            resource + " must hold 2048 distinct words, not " + words.size());
      }
      return new Wordlist(language, separator, words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read wordlist " + resource, e);
    }
  }

  public String language() {
    return language;
  }

  /** The separator used when the words are joined for display and for the seed. */
  public String separator() {
    return separator;
  }

  /** The word with index {@code i} (0..2047). */
  public String word(int i) {
    return words.get(i);
  }

  /** The index of an NFKD-normalised word, if it is in the list. */
  public Optional<Integer> indexOf(String word) {
    return Optional.ofNullable(index.get(word));
  }

  /**
   * Up to {@code limit} words closest to {@code typed}: a word with the same first four letters
   * (BIP39 words are unique by those) first, then by edit distance. A word more than two letters
   * longer than the longest list word is no typo of one and gets no suggestions, so a hostile
   * "word" of megabytes costs nothing; each distance is computed once, never inside the sort.
   */
  public List<String> closest(String typed, int limit) {
    if (typed.isEmpty() || typed.length() > longest + 2) {
      return List.of();
    }
    String prefix = typed.length() >= 4 ? typed.substring(0, 4) : null;
    List<Ranked> ranked = new ArrayList<>(words.size());
    for (String w : words) {
      int group = prefix != null && w.startsWith(prefix) ? 0 : 1;
      ranked.add(new Ranked(group, EditDistance.between(typed, w), w));
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::group)
            .thenComparingInt(Ranked::distance)
            .thenComparing(Ranked::word));
    return ranked.stream().limit(limit).map(Ranked::word).toList();
  }

  /** The length of the longest word in the list. */
  public int longestWord() {
    return longest;
  }

  private record Ranked(int group, int distance, String word) {}

  @Override
  public String toString() {
    return "Wordlist[" + language + "]";
  }

  private static final class EnglishHolder {
    static final Wordlist ENGLISH = load("English", " ", "/io/abacus/wallet/bip39/english.txt");
  }
}
