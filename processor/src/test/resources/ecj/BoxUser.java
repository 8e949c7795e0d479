package demo;

import java.io.IOException;
import java.util.List;

/** Calls every named call of {@link Box}. */
public final class BoxUser {
  private BoxUser() {}

  @SuppressWarnings({"deprecation", "removal", "unchecked"})
  public static String run() throws IOException {
    Box<String> box = BoxCalls.newBox().value("abc").call();
    Integer mapped = BoxCalls.map(box).mapper(String::length).fallback(0).call();
    String joined = BoxCalls.join().separator("/").parts("a", "b", "c").call();
    List<String> first = BoxCalls.firstOf().count(2).items("x", "y", "z").call();
    String cells = BoxCalls.cells().grid(new int[][] {{1, 2}}).scale(2L).mark('#').strict(true)
        .weight(0.5).call();
    String join3 = BoxCalls.join3().first("p").second("q").third("r").call();
    String concat = BoxCalls.concat().left("l").right("r").call();
    String repeated = BoxCalls.repeat().text("ab").times(2).call();
    Box.Label label = Box_LabelCalls.newLabel().text("t").size(7).call();
    Box.Point point = Box_PointCalls.newPoint().x(1).y(2).call();
    List<String> tagged = BoxCalls.tagged().prefix("u").tags("w").call();
    String fetched = BoxCalls.fetch().URL("h").$count(3).call();
    return "box=" + box.value() + ", mapped=" + mapped + ", joined=" + joined + ", first=" + first
        + ", cells=" + cells + ", join3=" + join3 + ", concat=" + concat + ", repeated=" + repeated
        + ", label=" + label.text + ", point=" + point.x() + ":" + point.y() + ", tagged=" + tagged
        + ", fetched=" + fetched;
  }
}
