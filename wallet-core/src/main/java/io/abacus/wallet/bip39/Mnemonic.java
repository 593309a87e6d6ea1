package io.abacus.wallet.bip39;

import io.abacus.wallet.secret.SecretBytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A BIP39 recovery phrase, held as its wipeable entropy (the words are derived on demand). Create
 * one from secure randomness ({@link #generate}) or parse what a user typed ({@link #parse});
 * {@link #close()} wipes it and {@link #toString()} never shows it.
 */
public final class Mnemonic implements AutoCloseable {
  /** The word counts BIP39 allows. */
  public static final Set<Integer> WORD_COUNTS = Set.of(12, 15, 18, 21, 24);

  /**
   * The longest phrase text accepted, in characters: far above 24 words of any BIP39 list with
   * generous white space, far below what would make parsing slow.
   */
  public static final int MAX_CHARS = 2048;

  private final SecretBytes entropy;
  private final Wordlist wordlist;

  private Mnemonic(SecretBytes entropy, Wordlist wordlist) {
    this.entropy = entropy;
    this.wordlist = wordlist;
  }

  /**
   * A new phrase of {@code wordCount} words from {@code random}.
   *
   * @throws IllegalArgumentException if the count is not 12, 15, 18, 21 or 24
   */
  public static Mnemonic generate(int wordCount, SecureRandom random, Wordlist wordlist) {
    if (!WORD_COUNTS.contains(wordCount)) {
      throw new IllegalArgumentException(
          "a recovery phrase has 12, 15, 18, 21 or 24 words, not " + wordCount);
    }
    byte[] bytes = new byte[wordCount * 4 / 3];
    random.nextBytes(bytes);
    return new Mnemonic(SecretBytes.takeOwnership(bytes), wordlist);
  }

  /**
   * The phrase for given entropy (16, 20, 24, 28 or 32 bytes); the caller keeps its array.
   *
   * @throws IllegalArgumentException for another length
   */
  public static Mnemonic fromEntropy(byte[] entropy, Wordlist wordlist) {
    int len = entropy.length;
    if (len < 16 || len > 32 || len % 4 != 0) {
      throw new IllegalArgumentException("BIP39 entropy has 16 to 32 bytes in steps of 4");
    }
    return new Mnemonic(SecretBytes.copyOf(entropy), wordlist);
  }

  /** Parses English words; see {@link #parse(CharSequence, Wordlist)}. */
  public static Mnemonic parse(CharSequence text) {
    return parse(text, Wordlist.english());
  }

  /**
   * Parses a typed or pasted phrase: NFKD-normalised, case-insensitive, any white space between
   * words.
   *
   * @throws UnknownWordException if a word is not in the list (naming it and the closest words)
   * @throws MnemonicChecksumException if the checksum does not match
   * @throws InvalidMnemonicException if empty, longer than {@link #MAX_CHARS}, the number of words
   *     is wrong, or most words are not in the list (another language's phrase)
   */
  public static Mnemonic parse(CharSequence text, Wordlist wordlist) {
    if (text == null) {
      throw new InvalidMnemonicException("no recovery phrase given");
    }
    if (text.length() > MAX_CHARS) {
      throw new InvalidMnemonicException(
          "the recovery phrase is longer than the limit of " + MAX_CHARS + " characters");
    }
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).strip();
    if (normalized.isEmpty()) {
      throw new InvalidMnemonicException("the recovery phrase is empty");
    }
    String[] words = normalized.split("[\\s\\u3000]+");
    if (words.length > 24) {
      throw new InvalidMnemonicException(
          "a recovery phrase has 12, 15, 18, 21 or 24 words, not " + words.length);
    }
    checkLanguage(words, wordlist);
    int[] indexes = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      int position = i + 1;
      indexes[i] =
          wordlist
              .indexOf(word)
              .orElseThrow(
                  () -> new UnknownWordException(word, position, wordlist.closest(word, 3)));
    }
    if (!WORD_COUNTS.contains(words.length)) {
      throw new InvalidMnemonicException(
          "a recovery phrase has 12, 15, 18, 21 or 24 words, not " + words.length);
    }
    byte[] entropy = decode(indexes);
    return new Mnemonic(SecretBytes.takeOwnership(entropy), wordlist);
  }

  /**
   * Refuses a phrase whose words are mostly not in the list, or written in another script: a phrase
   * in another BIP39 language, where "did you mean" suggestions would only confuse.
   */
  private static void checkLanguage(String[] words, Wordlist wordlist) {
    int unknown = 0;
    boolean ascii = wordlist.word(0).chars().allMatch(c -> c < 128);
    boolean foreignScript = false;
    for (String word : words) {
      if (wordlist.indexOf(word).isEmpty()) {
        unknown++;
        foreignScript |= ascii && word.chars().anyMatch(c -> c >= 128 && Character.isLetter(c));
      }
    }
    if (foreignScript || (unknown >= 2 && unknown * 2 >= words.length)) {
      throw new ForeignMnemonicException(wordlist.language());
    }
  }

  private static byte[] decode(int[] indexes) {
    int totalBits = indexes.length * 11;
    int checksumBits = totalBits / 33;
    int entropyBits = totalBits - checksumBits;
    byte[] bits = new byte[(totalBits + 7) / 8];
    try {
      for (int i = 0; i < indexes.length; i++) {
        for (int b = 0; b < 11; b++) {
          if ((indexes[i] & (1 << (10 - b))) != 0) {
            int bit = i * 11 + b;
            bits[bit / 8] |= (byte) (1 << (7 - bit % 8));
          }
        }
      }
      byte[] entropy = java.util.Arrays.copyOf(bits, entropyBits / 8);
      byte[] hash = sha256(entropy);
      int expected = (hash[0] & 0xff) >>> (8 - checksumBits);
      int actual = 0;
      for (int b = 0; b < checksumBits; b++) {
        int bit = entropyBits + b;
        actual = (actual << 1) | ((bits[bit / 8] >>> (7 - bit % 8)) & 1);
      }
      if (expected != actual) {
        SecretBytes.wipe(entropy);
        throw new MnemonicChecksumException();
      }
      return entropy;
    } finally {
      SecretBytes.wipe(bits);
      java.util.Arrays.fill(indexes, 0);
    }
  }

  /** Number of words. */
  public int wordCount() {
    return entropy.length() * 3 / 4;
  }

  /** A copy of the entropy; wipe it after use. */
  public byte[] entropy() {
    return entropy.copy();
  }

  /**
   * The words joined by the list's separator, for showing once to the user. Wipe the array after
   * use.
   */
  public char[] phrase() {
    return entropy.apply(this::encode);
  }

  private char[] encode(byte[] bytes) {
    byte[] hash = sha256(bytes);
    int entropyBits = bytes.length * 8;
    int words = (entropyBits + entropyBits / 32) / 11;
    StringBuilder out = new StringBuilder(words * 9);
    for (int w = 0; w < words; w++) {
      int index = 0;
      for (int b = 0; b < 11; b++) {
        int bit = w * 11 + b;
        int value =
            bit < entropyBits
                ? (bytes[bit / 8] >>> (7 - bit % 8)) & 1
                : (hash[(bit - entropyBits) / 8] >>> (7 - (bit - entropyBits) % 8)) & 1;
        index = (index << 1) | value;
      }
      if (w > 0) {
        out.append(wordlist.separator());
      }
      out.append(wordlist.word(index));
    }
    char[] chars = new char[out.length()];
    out.getChars(0, out.length(), chars, 0);
    out.setLength(0);
    out.append("\0".repeat(chars.length));
    return chars;
  }

  /**
   * The 64-byte BIP39 seed for an optional passphrase (null or empty for none), NFKD-normalised as
   * BIP39 requires. Close the result after use.
   */
  public SecretBytes toSeed(char[] passphrase) {
    char[] phrase = phrase();
    try {
      return Bip39Seed.derive(phrase, passphrase == null ? new char[0] : passphrase);
    } finally {
      SecretBytes.wipe(phrase);
    }
  }

  /** Wipes the entropy; the phrase cannot be used afterwards. */
  @Override
  public void close() {
    entropy.close();
  }

  @Override
  public String toString() {
    return "Mnemonic[" + (entropy.isWiped() ? "wiped" : wordCount() + " words, redacted") + "]";
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
