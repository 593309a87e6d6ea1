import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Watches the screen (a private Xvfb with a black root) for one window and prints, in epoch ms,
 * when its area is no longer uniform ("content") and, with "shell", when the sidebar below its
 * heading is ("shell"); keeps a screenshot of each moment, and of the last blank one, under PREFIX.
 * Usage: java Watch content|shell PREFIX TIMEOUT_MS
 */
public final class Watch {
  public static void main(String[] args) throws Exception {
    boolean shell = args[0].equals("shell");
    String prefix = args[1];
    long deadline = System.currentTimeMillis() + Long.parseLong(args[2]);
    Robot robot = new Robot();
    Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
    BufferedImage blank = null;
    boolean content = false;
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
        int w = box[2] - box[0], h = box[3] - box[1];
        if (content && (!shell || (w > 300 && h > 300
            && varied(shot, box[0] + 8, box[1] + 90, box[0] + 200, box[1] + Math.min(h - 60, 420), 40)))) {
          if (shell) {
            System.out.println("shell " + t);
            ImageIO.write(shot, "png", new File(prefix + "-shell.png"));
          }
          System.out.flush();
          return;
        }
      }
      System.out.flush();
      Thread.sleep(Math.max(0, 25 - (System.currentTimeMillis() - t0)));
    }
    System.out.println("timeout");
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
