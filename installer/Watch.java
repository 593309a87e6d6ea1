import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Watches the screen (a private Xvfb with a black root) for one window and prints, in epoch ms,
 * when its area is no longer uniform ("content"); with "shell" (the Abacus window) also when its
 * sidebar's heading is painted ("readable": text in the heading's place, below the test-money
 * banner if there is one) and when the shell itself is ("shell": the network switcher shows its
 * network's name, which the first frame's skeleton leaves empty). Keeps a screenshot of each moment,
 * and of the last blank one, under PREFIX.
 * Usage: java Watch content|shell PREFIX TIMEOUT_MS, or java Watch check PNG... (prints what each
 * screenshot shows).
 */
public final class Watch {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("check")) {
      for (int i = 1; i < args.length; i++) {
        BufferedImage shot = ImageIO.read(new File(args[i]));
        int[] box = window(shot);
        System.out.println(args[i] + ": content " + varied(shot, box[0], box[1], box[2], box[3], 20)
            + ", readable " + readable(shot, box) + ", shell " + shell(shot, box)
            + ", page " + page(shot, box));
      }
      return;
    }
    boolean shell = args[0].equals("shell");
    String prefix = args[1];
    long deadline = System.currentTimeMillis() + Long.parseLong(args[2]);
    Robot robot = new Robot();
    Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
    BufferedImage blank = null;
    boolean content = false, readable = !shell, shellSeen = false;
    System.out.println("ready");
    System.out.flush();
    while (System.currentTimeMillis() < deadline) {
      long t0 = System.currentTimeMillis();
      BufferedImage shot = robot.createScreenCapture(screen);
      long t = (t0 + System.currentTimeMillis()) / 2;
      int[] box = window(shot);
      if (box != null) {
        if (!content && varied(shot, box[0], box[1], box[2], box[3], 20)) {
          content = true;
          System.out.println("content " + t);
          ImageIO.write(shot, "png", new File(prefix + "-content.png"));
          if (blank != null) {
            ImageIO.write(blank, "png", new File(prefix + "-blank.png"));
          }
        } else if (!content) {
          blank = shot;
        }
        if (content && !readable && readable(shot, box)) {
          readable = true;
          System.out.println("readable " + t);
          ImageIO.write(shot, "png", new File(prefix + "-readable.png"));
        }
        if (content && readable && !shellSeen && (!shell || shell(shot, box))) {
          if (!shell) {
            System.out.flush();
            return;
          }
          shellSeen = true;
          System.out.println("shell " + t);
          ImageIO.write(shot, "png", new File(prefix + "-shell.png"));
        }
        if (shellSeen && page(shot, box)) {
          System.out.println("page " + t);
          ImageIO.write(shot, "png", new File(prefix + "-page.png"));
          System.out.flush();
          return;
        }
      }
      System.out.flush();
      Thread.sleep(Math.max(0, 25 - (System.currentTimeMillis() - t0)));
    }
    System.out.println("timeout");
  }

  /** Whether the sidebar's heading ("Abacus", 16 px below the banner, 8 px in) is painted. */
  static boolean readable(BufferedImage img, int[] box) {
    int top = box[1] + banner(img, box);
    return box[2] - box[0] > 300 && text(img, box[0] + 8, top + 12, box[0] + 140, top + 48) >= 60;
  }

  /**
   * Whether the shell is painted: its network switcher (below the heading and tagline) shows the
   * network's name, where the first frame's skeleton has an empty box.
   */
  static boolean shell(BufferedImage img, int[] box) {
    int top = box[1] + banner(img, box);
    return box[3] - box[1] > 300 && text(img, box[0] + 14, top + 74, box[0] + 100, top + 98) >= 40;
  }

  /**
   * Whether the first page's body is painted: on a fresh data folder the wallet gate, whose accent
   * "Create a wallet" button (thousands of accent pixels) sits below the page's title and intro,
   * where the shell first shows a progress indicator (a thin ring: a few hundred).
   */
  static boolean page(BufferedImage img, int[] box) {
    int top = box[1] + banner(img, box);
    int n = 0;
    for (int y = top + 100; y < Math.min(box[3], top + 220); y++) {
      for (int x = box[0] + 220; x < Math.min(box[2], box[0] + 700); x++) {
        int p = img.getRGB(x, y);
        int r = (p >> 16) & 255, b = p & 255;
        if (b > 150 && r < 100 && b - r > 100) {
          n++;
        }
      }
    }
    return n >= 2000;
  }

  /** The height of the band across the window's top (the test-money banner), or 0. */
  static int banner(BufferedImage img, int[] box) {
    int x = box[0] + 4, first = img.getRGB(x, box[1]) & 0xffffff;
    if (first == (img.getRGB(x, (box[1] + box[3]) / 2) & 0xffffff)) {
      return 0;
    }
    int y = box[1];
    while (y < box[3] && (img.getRGB(x, y) & 0xffffff) == first) {
      y++;
    }
    return y - box[1];
  }

  /**
   * How many pixels of the area differ strongly (by more than 100 in a channel) from its most
   * common colour, its background: text, not a border or a tinted band.
   */
  static int text(BufferedImage img, int x0, int y0, int x1, int y1) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        counts.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    int ref = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (distance(img.getRGB(x, y) & 0xffffff, ref) > 100) {
          n++;
        }
      }
    }
    return n;
  }

  static int distance(int p, int q) {
    return Math.max(
        Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
        Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
  }

  /** The bounds (x0, y0, x1, y1) of what is not black, or null. */
  static int[] window(BufferedImage img) {
    int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        if ((img.getRGB(x, y) & 0xffffff) != 0) {
          x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
        }
      }
    }
    return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
  }

  /**
   * Whether at least {@code min} pixels of the area differ clearly from its first one that is not
   * black. Black is the root window's (Xvfb -br) and skipped: a window being mapped shows part of
   * its blank area over it for a moment.
   */
  static boolean varied(BufferedImage img, int x0, int y0, int x1, int y1, int min) {
    int ref = -1;
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int p = img.getRGB(x, y) & 0xffffff;
        if (p == 0) {
          continue;
        }
        if (ref < 0) {
          ref = p;
        }
        int d =
            Math.max(
                Math.abs(((p >> 16) & 255) - ((ref >> 16) & 255)),
                Math.max(
                    Math.abs(((p >> 8) & 255) - ((ref >> 8) & 255)), Math.abs((p & 255) - (ref & 255))));
        if (d > 40 && ++n >= min) {
          return true;
        }
      }
    }
    return false;
  }
}
