package seeded;

/**
 * Seeded calls for the audit-mode field test (tools/audit-oss/run.sh and AuditCorpusTest). Every call marked
 * "expect: reported" is a real mistake that audit mode must report as [SwappedArguments]; every
 * call marked "expect: none" copies a correct call shape found in open-source code
 * (docs/audit-mode.md names the proposed rule, R1 to R6, that should keep it quiet). The script
 * checks each marked line. Marker comments avoid words such as the ones rule R2 looks for.
 */
class Seeded {
  // ---- real mistakes: must be reported -------------------------------------------------------
  static int area(int width, int height) {
    return width * height;
  }

  static String copy(String source, String target) {
    return source + target;
  }

  record Range(int min, int max) {}

  record User(String firstName, String lastName) {}

  interface Shape {
    int area(int width, int height);
  }

  static final class Scaled implements Shape {
    private final Shape delegate;

    Scaled(Shape delegate) {
      this.delegate = delegate;
    }

    @Override
    public int area(int width, int height) {
      return delegate.area(height, width); // expect: reported (forwarding mistake)
    }
  }

  interface Matcher {
    boolean matches(String root, String element);
  }

  static final class Twice implements Matcher {
    private final Matcher inner;

    Twice(Matcher inner) {
      this.inner = inner;
    }

    @Override
    public boolean matches(String root, String element) {
      return inner.matches(element, element); // expect: reported (root dropped)
    }
  }

  int mistakes(int width, int height, String source, String target, int min, int max,
      String firstName, String lastName) {
    int a = area(height, width); // expect: reported (exchanged locals)
    String c = copy(target, source); // expect: reported (exchanged locals)
    String d = copy(source, source); // expect: reported (duplicate; target in scope)
    Range r = new Range(max, min); // expect: reported (constructor)
    User u = new User(lastName, firstName); // expect: reported (record constructor)
    Range s = new Range(r.max(), r.min()); // expect: reported (same receiver)
    return a + c.length() + d.length() + r.min() + s.min() + u.firstName().length();
  }

  // ---- correct calls in shapes found in open-source code: must stay quiet -------------------
  static final int DATE = 5;

  static long truncate(java.util.Date date, int field) {
    return date.getTime() / field;
  }

  long constantArgument(java.util.Date day) {
    return truncate(day, Seeded.DATE); // expect: none (R1: int DATE cannot be passed as Date date)
  }

  record Pair(Object left, Object right) {
    static Pair of(Object left, Object right) {
      return new Pair(left, right);
    }
  }

  Pair registryKey(Pair pair) {
    Pair swappedPair = Pair.of(pair.right(), pair.left()); // expect: none (R2: swappedPair)
    return swappedPair;
  }

  static class Table {
    void doPut(String key, String value) {}

    final class Inverse {
      void put(String key, String value) {
        doPut(value, key); // expect: none (R2: class Inverse)
      }
    }
  }

  static String lookup(String locale, String defaultLocale) {
    return locale + defaultLocale;
  }

  static String lookup(String locale) {
    return lookup(locale, locale); // expect: none (R3: no defaultLocale in scope)
  }

  static int read(char[] chars, int start, int quoteStart) {
    return chars.length + start + quoteStart;
  }

  int derived(char[] chars, int start, int quoteLength) {
    return read(chars, start + quoteLength, start); // expect: none (R3: no quoteStart in scope)
  }

  static final class Has implements Matcher {
    private final Matcher inner;

    Has(Matcher inner) {
      this.inner = inner;
    }

    @Override
    public boolean matches(String root, String element) {
      for (String child : element.split(",")) {
        if (inner.matches(element, child)) { // expect: none (R4: re-rooted recursion)
          return true;
        }
      }
      return false;
    }
  }

  static long difference(long minuendInstant, long subtrahendInstant) {
    return minuendInstant - subtrahendInstant;
  }

  long differenceAsLong(long minuendInstant, long subtrahendInstant) {
    if (minuendInstant < subtrahendInstant) {
      return -difference(subtrahendInstant, minuendInstant); // expect: none (R5: negated)
    }
    return (minuendInstant - subtrahendInstant) / 1000;
  }

  static Range gap(Range first, Range second) {
    return new Range(first.max(), second.min()); // expect: none (R6: receivers first, second)
  }

  static Range ordered(int max, int min) {
    // Swap the bounds on purpose: callers pass them high first.
    return new Range(max, min); // expect: none (R2: comment above)
  }

  static class Hasher {
    private final int bufferSize;

    Hasher(int chunkSize, int bufferSize) {
      this.bufferSize = bufferSize + chunkSize;
    }

    Hasher(int chunkSize) {
      this(chunkSize, chunkSize); // expect: none (R3: the field cannot be passed to this(...))
    }
  }

  // ---- order across calls, receiving names, ordered pairs (R7 to R9) -------------------------
  static String factory(String dateStyle, String timeStyle) {
    return dateStyle + timeStyle;
  }

  String styles(String dateStyle, String timeStyle) {
    String a = factory(dateStyle, timeStyle);
    String b = factory(dateStyle, timeStyle);
    String c = factory(timeStyle, dateStyle); // expect: reported (the rarer order, R9)
    return a + b + c;
  }

  String cut(String value, int beginIndex, int endIndex) {
    String head = value.substring(beginIndex, endIndex);
    return head + value.substring(endIndex, beginIndex); // expect: reported (ordered pair, R9)
  }

  String tail(String value, int endIndex) {
    return value.substring(endIndex, 0); // expect: reported (ordered pair, own name not in scope)
  }

  static java.util.Set<String> difference(java.util.Set<String> setA, java.util.Set<String> setB) {
    java.util.Set<String> d = new java.util.HashSet<>(setA);
    d.removeAll(setB);
    return d;
  }

  int symmetric(java.util.Set<String> setA, java.util.Set<String> setB) {
    int n = difference(setA, setB).size();
    return n + difference(setB, setA).size(); // expect: none (both orders, once each)
  }

  java.util.Set<String> union(java.util.Set<String> setA, java.util.Set<String> setB) {
    java.util.Set<String> bMinusA = difference(setB, setA); // expect: none (R7: receiving name)
    bMinusA.addAll(setA);
    return bMinusA;
  }

  static double interpolate(double[] xval, double[] yval, double[] fval) {
    return xval[0] + yval[0] + fval[0];
  }

  double planes(double[] xval, double[] yval, double[] zval, double[] f) {
    double yz = interpolate(yval, zval, f); // expect: none (R8: names taken in turn)
    double xz = interpolate(xval, zval, f);
    return yz + xz + interpolate(xval, yval, f);
  }

  Range bounds(int min, int max, boolean reversed) {
    if (reversed) {
      return new Range(max, min); // expect: none (R2: the if condition says so)
    }
    return new Range(min, max);
  }

  // ---- the partner's evidence (R10, R11): a literal, or a name form --------------------------
  static String describe(String name, String alias) {
    return name + alias;
  }

  static void flags(boolean enabled, boolean visible) {}

  static String join(String separator, String prefix) {
    return separator + prefix;
  }

  static final int DEFAULT_SIZE = 16;

  static int[] sized(int size, int capacity) {
    return new int[size + capacity];
  }

  static void copyRange(int[] src, int srcPos, int destPos, int length) {}

  static int bucket(int hashIndex, int hashCode) {
    return hashIndex + hashCode;
  }

  int partners(String name, boolean enabled, String separator, int size, int[] a, int sourcePos,
      int destPos, int hashCode, int index) {
    String d = describe(null, name); // expect: reported 'name' 'alias' 'null' (R10: null)
    flags(false, enabled); // expect: reported 'enabled' 'visible' 'false' (R10: boolean)
    String j = join(",", separator); // expect: reported 'separator' 'prefix' '","' (R10: string)
    int[] s = sized(DEFAULT_SIZE, size); // expect: reported 'size' 'DEFAULT_SIZE' (R10: constant)
    copyRange(a, destPos, sourcePos, 1); // expect: reported 'destPos' 'srcPos' 'sourcePos' (R11: src = source)
    copyAll(a, a.length, a, 0, 0); // expect: reported 'a.length' 'srcPos' 'length' (R10: a number, a.length)
    return bucket(hashCode, index) // expect: reported 'hashCode' 'hashIndex' 'index' (R11: index ends hashIndex)
        + d.length() + j.length() + s.length;
  }

  static void copyAll(int[] src, int srcPos, int[] dest, int destPos, int length) {}

  static String decode(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
  }

  static int cost(Class<?> srcClass, Class<?> destClass) {
    return srcClass.getName().length() + destClass.getName().length();
  }

  static int chain(int[] leftChildCv, int[] rightChildCv, int[] key) {
    return leftChildCv.length + rightChildCv.length + key.length;
  }

  static void register(java.util.Map<Object, Object> seen, Object value) {
    seen.put(value, null); // expect: none (a key and a value: different declared types)
  }

  int partnersQuiet(byte[] bytes, int offset, Class<?> destClass, int[] first) {
    int[] newCv = first.clone();
    int[] key = first.clone();
    String prolog = decode(bytes, 0, offset); // expect: none (bytes read so far: a number is not R10)
    int c = cost(destClass, Object.class); // expect: none (a class literal is not R10)
    Range above = new Range(new Range(1, 2).max, 10); // expect: none (ordered pair, read: not R10)
    return chain(first, key, newCv) // expect: none (newCv only shares its last word: not R11)
        + prolog.length() + c + above.min();
  }

  static String render(String template, String value) {
    return template + value;
  }

  String rendered(String template, String value) {
    return render(template, value);
  }

  String renderedWrongly(String input) {
    String value = input.trim();
    return render(value, input); // expect: none (R3; rendered() passing value to value is no evidence)
  }

  static void assign(Object obj, Object value) {
    java.util.Objects.requireNonNull(obj, String.valueOf(value));
  }

  void after(Object value, Object other) {
    assign(value, other); // expect: none (R3 also for forwarded parameters: R16 was dropped)
  }

  static String pad(String text, String padding) {
    return text + padding;
  }

  String padded(String text, String padding) {
    return pad(text, padding);
  }

  String padTwice(String text) {
    return pad(text, text); // expect: none (R3: one value passed twice)
  }

  // ---- the ends of an ordered pair (R13: values, R14: names) ----------------------------------
  static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  static int key(int index, int column) {
    return index * 31 + column;
  }

  static final class Reader {
    int getIndex() {
      return 0;
    }

    int getColumn() {
      return 0;
    }
  }

  private final Reader reader = new Reader();

  String ends(String s, StringBuilder sb, int i, int len, int start, int end, int x) {
    String a = s.substring(i + 1, i); // expect: reported 'beginIndex' 'endIndex' (R13: i + 1 > i)
    String b = s.substring(30, 0); // expect: reported 'beginIndex' 'endIndex' (R13: constants)
    String c = s.substring(len, 0); // expect: reported 'endIndex' 'len' (R13: an index, then 0)
    sb.delete(sb.length(), 0); // expect: reported 'end' 'sb.length()' (R13: a length, then 0)
    int d = clamp(x, 10, 0); // expect: reported 'min' 'max' (R13: constants, min and max)
    String e = s.substring(end, start); // expect: reported 'start' 'endIndex' (R14: names crossed)
    int f = key(this.reader.getColumn(), reader.getIndex()); // expect: reported 'index' 'column' (R6: this.reader is reader)
    char[] chars = s.toCharArray();
    sb.append(chars, start, len);
    sb.append(chars, len, start); // expect: reported 'offset' 'len' 'start' (R15: offset and length crossed, beside the usual order)
    sb.append(chars, len, 0); // expect: reported 'offset' 'len' (R15: a length, then 0)
    return a + b + c + e + d + f;
  }

  String endsQuiet(String s, int i, int n, int x, int lower) {
    String a = s.substring(i, i); // expect: none (an empty range, not a reversed one)
    int b = java.util.stream.IntStream.range(n, 0).sum(); // expect: none (a start that may be negative)
    int c = clamp(x, lower, 0); // expect: none (min and max bound values, not positions)
    java.util.function.Supplier<String> d = () -> s.substring(5, 2); // expect: none (a lambda: a test of the failure)
    try {
      s.substring(5, 2); // expect: none (a try that catches: a test of the failure)
    } catch (IndexOutOfBoundsException expectedFailure) {
      // the failure is what this code wants
    }
    String e = s.substring(/* beginIndex= */ 3, /* endIndex= */ 1); // expect: none (labelled)
    int[] lastPoint = {i};
    int[] firstPoint = {n};
    int[] closing = span(lastPoint, firstPoint); // expect: none (R14: first and last name elements)
    int length = lastPoint.length;
    int count = firstPoint.length;
    int[] joined = new int[length + count];
    System.arraycopy(firstPoint, 0, joined, length, count); // expect: none (R15: only one side crosses)
    return a + b + c + d.get().length() + e + closing.length;
  }

  static int[] span(int[] start, int[] end) {
    return new int[] {start[0], end[0]};
  }

  // ---- correct shapes from libraries no rule was tuned on (R17 to R19, and adjacent ranges) -----
  static int cardinality(long[] bitmap, int start, int end) {
    return bitmap.length + start + end;
  }

  static final int MAX_CAPACITY = 1 << 16;

  int outside(long[] bitmap, int start, int end, int lastPos) {
    int before = cardinality(bitmap, 0, start); // expect: none (adjacent range before start: RoaringBitmap)
    int after = cardinality(bitmap, end, MAX_CAPACITY); // expect: none (adjacent range after end: RoaringBitmap)
    int gap = cardinality(bitmap, lastPos, start); // expect: none (the gap before a run: RoaringBitmap)
    return before + after + gap;
  }

  String segment(String s, int start, int pos, int next) {
    String a = "";
    if (pos > start) {
      int step = 0;
      step++;
      a = s.substring(pos, start + step - 1); // expect: none (R13: the guard says nothing of start + step - 1)
      a = s.substring(pos, start); // expect: reported 'pos > start' 'beginIndex' (R13: the if says pos > start)
    }
    if (pos > next) {
      a += s.substring(pos, next); // expect: reported 'pos > next' 'beginIndex' (R13: pos changes only after the call: commons-csv)
      pos = -1;
    }
    if (next > start) {
      start = next;
      a += s.substring(next, start); // expect: none (R13: the body assigns start)
    }
    return a;
  }

  void vmove(int from, int to) {
    span(new int[] {from}, new int[] {to});
  }

  void reorder(int i, int next) {
    if (i > next) {
      vmove(i, next); // expect: none (a move backwards, not a range: commons-math3)
    }
  }

  static void boundsCheckWrap(int offset, int length, int capacity) {
    java.util.Objects.checkFromIndexSize(offset, length, capacity);
  }

  static final class Buffer {
    private int capacity;

    void wrap(byte[] buffer, int offset, int length) {
      boundsCheckWrap(offset, length, buffer.length); // expect: none (R17: length already gets 'length': agrona)
      capacity = buffer.length;
    }
  }

  record NameValue(String name, String value) {}

  static final String CHARSET = "charset";

  NameValue charsetParameter(java.nio.charset.Charset charset) {
    return new NameValue(CHARSET, charset.name()); // expect: none (R18: the key names the object read: httpcore5)
  }

  static void mergeSort(int[] src, int[] dst, int fromIndex, int toIndex) {
    if (toIndex - fromIndex < 2) {
      return;
    }
    int mid = (fromIndex + toIndex) >>> 1;
    mergeSort(dst, src, fromIndex, mid); // expect: none (R19: its own buffers, alternated: hppc)
    mergeSort(dst, src, mid, toIndex); // expect: none (R19: every recursive call alternates them)
  }

  static void script(int start1, int end1, int start2, int end2) {
    if (end1 - start1 < 2) {
      return;
    }
    int mid = (start1 + end1) >>> 1;
    script(start1, mid, start2, mid);
    script(mid, end2, mid, end1); // expect: reported 'end2' 'end1' (R19 needs every recursive call to alternate them)
  }

  static final class GsonLikeBuilder {
    boolean serializeNulls;
    boolean escapeHtmlChars;
    boolean complexKeys;
    String datePattern;
    int dateStyle;

    record Options(Object excluder, boolean serializeNulls, boolean complexKeys, boolean htmlSafe,
        String datePattern, int dateStyle) {}

    record Interpolator(Object field, boolean forward, Object globalPreviousState,
        Object globalCurrentState, Object softPreviousState, Object softCurrentState) {}

    Interpolator interpolator(Object field, boolean forward, Object globalPreviousState,
        Object globalCurrentState) {
      return new Interpolator(field, forward, globalPreviousState, globalCurrentState, globalPreviousState, globalCurrentState); // expect: none (one value passed to two parameters: commons-math3)
    }

    int readWithQuotes(char[] srcChars, int start, int len, StringBuilder workArea,
        java.util.List<String> tokenList, int quoteStart, int quoteLen) {
      return srcChars.length + start + len + workArea.length() + tokenList.size() + quoteStart + quoteLen;
    }

    int readNext(char[] srcChars, int start, int len, StringBuilder workArea,
        java.util.List<String> tokenList, int quoteLen) {
      return readWithQuotes(srcChars, start + quoteLen, len, workArea, tokenList, start, quoteLen); // expect: none (the token starts after the quote that starts at start: commons-lang3)
    }

    Options build(Object excluder) {
      return new Options(excluder, escapeHtmlChars, complexKeys, serializeNulls, datePattern, dateStyle); // expect: reported 'serializeNulls' 'htmlSafe' (R20: four other arguments carry their parameters' names: gson)
    }
  }

  static int mix32(int k, int hash) {
    return Integer.rotateLeft(k, 15) ^ hash;
  }

  int larger(int a, int b) {
    return Math.max(b, a); // expect: none (two short names: R21 needs one of four letters or more)
  }

  int hashBlock(int k, int hash) {
    return mix32(hash, k); // expect: reported 'hash' 'k' (R21: an exact exchange, one name long: commons-codec)
  }

  static int isMatch(char[] buffer, int start, int bufferStart, int bufferEnd) {
    return bufferStart <= start && start < bufferEnd ? buffer[start] : 0;
  }

  static int isMatch(CharSequence buffer, int start, int bufferStart, int bufferEnd) {
    return isMatch(buffer.toString().toCharArray(), start, bufferEnd, bufferEnd); // expect: reported 'bufferEnd' 'bufferStart' (one value at both ends: commons-text's real bug)
  }

  static long elapsed(java.time.Instant startInclusive, java.time.Instant endExclusive) {
    return java.time.Duration.between(startInclusive, endExclusive).toMillis();
  }

  long since(java.time.Instant startInclusive) {
    return elapsed(java.time.Instant.now(), startInclusive); // expect: reported 'startInclusive' 'endExclusive' (no range of numbers: no range next to it)
  }

  // R22: the class's other calls of a callee (two at least) show where a name belongs.
  static void padInt(StringBuilder buffer, int value, int length) {
    buffer.append(value).append(length);
  }

  void formatDate(StringBuilder formatted, int year, int month, int day) {
    padInt(formatted, month, "MM".length());
    padInt(formatted, day, "dd".length());
    padInt(formatted, "yyyy".length(), year); // expect: reported 'length' 'value' (R22: two other calls pass a length to length: gson)
  }

  static void shift(int[] array, int startIndexInclusive, int endIndexExclusive, int offset) {}

  static void shift(long[] array, int startIndexInclusive, int endIndexExclusive, int offset) {}

  static void shift(int[] array, int offset) {
    shift(array, 0, array.length, offset);
  }

  static void shift(long[] array, int offset) {
    shift(array, 0, offset, array.length); // expect: reported 'offset' 'endIndexExclusive' (R22: overloads with the same parameter names count: commons-lang3)
  }

  static void shift(double[] array, int offset) {
    shift(new int[array.length], 0, array.length, offset);
  }

  static Object moveDesc(Object toTrickle, Object replaced) {
    return toTrickle;
  }

  Object trickle(Object toTrickle, Object parent, Object last) {
    Object a = moveDesc(toTrickle, parent);
    Object b = moveDesc(toTrickle, parent.toString());
    Object c = moveDesc(last, parent.hashCode());
    return moveDesc(last, toTrickle) == a ? b : c; // expect: none (R22: last also goes to toTrickle in another call: guava)
  }

  static float conversionCost(Class<?> srcClass, Class<?> destClass) {
    return srcClass == destClass ? 0f : 1f;
  }

  float costs(Class<?> from, Class<?> destClass, Class<?> sourceClass) {
    return conversionCost(from, destClass) + conversionCost(sourceClass, destClass)
        + conversionCost(destClass, Object.class); // expect: none (R22 does not count against a constant: commons-lang3)
  }

  static final class Region {
    Region cut;

    static Region merge(Region leaf, Region tree, boolean leafFromInstance) {
      return leafFromInstance ? leaf : tree;
    }

    Region merged(Region tree) {
      if (cut == null) {
        return merge(this, tree, true);
      }
      return merge(tree, this, false); // expect: none (R22: this method passes the two values both ways: commons-math3)
    }

    Region below(Region tree) {
      return merge(cut, tree, true);
    }
  }

  char[] grow(char[] dest, int index, int size) {
    char[] copy = new char[size];
    System.arraycopy(dest, 0, copy, 0, index); // expect: none (R22 leaves JDK methods alone: guava)
    return copy;
  }

  void copyTwice(char[] src, char[] dest) {
    System.arraycopy(src, 0, dest, 0, 1);
    System.arraycopy(src, 1, dest, 1, 1);
  }

  // R22 over R4: a recursive call re-rooted at a local is reported when the class passes the
  // name where it belongs twice or more.
  static Object resolveType(Object context, Class<?> rawType, Object toResolve) {
    if (toResolve instanceof Object[]) {
      Object owner = resolveType(context, rawType, ((Object[]) toResolve)[0]);
      Object element = resolveType(owner, rawType, context); // expect: reported 'context' 'toResolve' (R22 over R4: two other calls pass context to context: gson)
      return resolveType(context, rawType, element);
    }
    return context;
  }

  // R15: the distance from the value passed as the length is a length.
  static String cached(char[] charBuf, int start, int count) {
    return new String(charBuf, start, count);
  }

  String token(char[] charBuf, int start, int pos) {
    return cached(charBuf, pos - start, start); // expect: reported 'start' 'count' (R15: pos - start is the length of the token: jsoup)
  }

  void copyTail(char[] a, char[] b, int n, int k) {
    System.arraycopy(a, n - k, b, 0, k); // expect: none (R15: k names no position; the last k elements)
  }

  void copyDictionary(byte[] presetDict, byte[] buf, int pos) {
    System.arraycopy(presetDict, presetDict.length - pos, buf, 0, pos); // expect: none (R15: a length minus pos starts the last pos bytes: xz)
  }

  void copyBackReference(byte[] buf, int writeIndex, int backReferenceOffset) {
    System.arraycopy(buf, writeIndex - backReferenceOffset, buf, writeIndex, backReferenceOffset); // expect: none (R15: an offset back is a distance: commons-compress)
  }

  // R22 with a number partner, and across the short-name skip.
  private static void checkRange(int index, int startIndex, int endIndex) {}

  void checkFirst(int index, int size) {
    checkRange(index, 0, size);
  }

  void checkSecond(int index, int size) {
    checkRange(index, 1, size);
  }

  void checkAll(int index, int size) {
    checkRange(0, index, size); // expect: reported 'index' 'startIndex' (R22: a number partner counts: commons-collections4)
  }

  static int mixBits(int k, int hash) {
    return Integer.rotateLeft(k, 13) ^ hash;
  }

  int mixFirst(int k, int hash) {
    return mixBits(k, hash);
  }

  int mixNext(int k, int hash) {
    return mixBits(k * 5, hash);
  }

  int mixHigh(long r0, int hash) {
    return mixBits(hash, (int) (r0 >>> 32)); // expect: reported 'hash' 'k' (R22 across the short-name skip: commons-codec)
  }

  static int scale(int x, int by) {
    return x * by;
  }

  int scaled(int x, int by) {
    return scale(x, by) + scale(x + 1, by) + scale(by, x * 2); // expect: none (R22 crosses the short-name skip only for a name of four letters or more)
  }

  // R23: the class's other calls show where a value goes, by its place key (a name, a method
  // called, a constant's class, a string's first word).
  static final class Mark {}

  static RuntimeException scanError(String context, Mark contextMark, String problem,
      Mark problemMark) {
    return new IllegalStateException(context + problem);
  }

  Mark mark() {
    return new Mark();
  }

  RuntimeException directive(Mark startMark) {
    return scanError("while scanning a directive", startMark, "expected a name", mark());
  }

  RuntimeException tag(Mark startMark, char c) {
    return scanError("while scanning a tag", startMark, "found " + c, mark());
  }

  RuntimeException anchor(Mark startMark) {
    return scanError("while scanning an anchor", mark(), "expected a letter", startMark); // expect: reported 'mark()' 'startMark' 'contextMark' (R23: three other calls pass startMark to contextMark and mark() to problemMark: snakeyaml)
  }

  RuntimeException alias(Mark startMark) {
    return scanError("expected a digit", startMark, "while scanning an alias", mark()); // expect: reported 'context' 'problem' (R23: the other calls' context starts with while: snakeyaml)
  }

  static RuntimeException parseError(String context, Mark contextMark, String problem,
      Mark problemMark) {
    return new IllegalStateException(context + problem);
  }

  RuntimeException node(Mark startMark) {
    return parseError("while parsing a node", startMark, "expected a tag", mark());
  }

  RuntimeException sequence(Mark startMark) {
    return parseError("while parsing a sequence", startMark, "expected an entry", mark());
  }

  RuntimeException mapping(Mark startMark, boolean atEnd) {
    if (atEnd) {
      return parseError("while parsing a mapping", startMark, "found the end", mark());
    }
    return parseError("while parsing a mapping", mark(), "found a tab", startMark); // expect: reported 'startMark' 'contextMark' (R23: one call each way in this method, but two more calls of the class in the usual order: snakeyaml)
  }

  static RuntimeException scanWarning(String context, Mark contextMark, String problem,
      Mark problemMark) {
    return new IllegalStateException(context + problem);
  }

  RuntimeException simpleKey(Mark startMark) {
    return scanWarning("while scanning a simple key", startMark, "found a tab", mark());
  }

  RuntimeException colon() {
    return scanWarning(null, null, "found a colon", mark());
  }

  RuntimeException dash() {
    return scanWarning(null, null, "found a dash", mark());
  }

  RuntimeException quote() {
    return scanWarning(null, mark(), "found a quote", null); // expect: reported 'mark()' 'problemMark' (R23: other calls pass null as the context and its mark, never as problemMark, where three calls put mark(): snakeyaml)
  }

  static final class Node {
    Mark getStartMark() {
      return new Mark();
    }
  }

  static RuntimeException constructError(String context, Mark contextMark, String problem,
      Mark problemMark) {
    return new IllegalStateException(context + problem);
  }

  RuntimeException recursive(Node node) {
    return constructError(null, null, "found a recursive node", node.getStartMark());
  }

  RuntimeException unknownTag(Node node) {
    return constructError(null, null, "found an unknown tag", node.getStartMark());
  }

  RuntimeException notAScalar(Node node) {
    return constructError(null, null, "expected a scalar", node.getStartMark());
  }

  RuntimeException badValue(Node node, Node valueNode) {
    return constructError("while constructing a map", valueNode.getStartMark(), "found a key",
        node.getStartMark());
  }

  RuntimeException badKey(Node node, Node keyNode) {
    return constructError("while constructing a map", node.getStartMark(), "found a bad key", // expect: none (R23: two objects' getStartMark() are marks of one kind: snakeyaml)
        keyNode.getStartMark());
  }

  java.util.Date date(java.util.Calendar calendar, int year, int month, int day, int hour) {
    try {
      calendar.set(java.util.Calendar.YEAR, year);
      calendar.set(java.util.Calendar.MONTH, month - 1);
      calendar.set(java.util.Calendar.DAY_OF_MONTH, day);
      calendar.set(hour, java.util.Calendar.HOUR_OF_DAY); // expect: reported 'hour' 'field' (R23, also inside a try that catches: three other calls pass a constant of Calendar to field: gson)
      return calendar.getTime();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static final class Pending {
    void appendValue(String value, int startPos, int endPos) {}
  }

  static final class Cursor {
    int pos() {
      return 0;
    }
  }

  void replacement(Pending pending, Cursor r, char c, int pos) {
    pending.appendValue(String.valueOf(c), pos, r.pos());
  }

  void reference(Pending pending, Cursor r, String ref, int pos) {
    pending.appendValue(ref, pos, r.pos());
  }

  void named(Pending pending, Cursor r, String name, int pos) {
    pending.appendValue(name, r.pos(), pos); // expect: reported 'pos' 'startPos' (R23 on an ordered pair whose two values the class places: jsoup)
  }

  String key(String line) {
    return line.substring(0, line.indexOf('='));
  }

  String trimmedKey(String line) {
    return line.substring(0, line.indexOf('=')).trim();
  }

  boolean hasKey(String line) {
    return !line.substring(0, line.indexOf('=')).isEmpty();
  }

  String value(String line) {
    return line.substring(line.indexOf('='), line.length()); // expect: none (R23: one end's value placed, the other's not: the range after the key)
  }

  void time(java.util.Calendar calendar, int minutes, int hours) {
    calendar.add(java.util.Calendar.MINUTE, minutes);
    calendar.add(java.util.Calendar.SECOND, 1);
    calendar.add(hours, java.util.Calendar.HOUR); // expect: none (R23: two other calls place a constant of Calendar, and hours is passed nowhere else: not enough)
  }

  record Tuple(boolean plain, boolean quoted) {}

  Object tuples() {
    return java.util.List.of(new Tuple(true, false), new Tuple(true, false),
        new Tuple(false, true)); // expect: none (R23: literals without words are configuration: snakeyaml's ImplicitTuple)
  }

  void register(java.util.Map<String, String> ids, String name, String id) {
    ids.put(name, id);
  }

  void rename(java.util.Map<String, String> ids, String name, String id) {
    ids.remove(name);
    ids.put(name, id);
  }

  void index(java.util.Map<String, String> ids, java.util.Map<String, String> names, String name,
      String id) {
    ids.put(name, id);
    names.put(id, name); // expect: none (R23: another receiver: the inverse map)
  }

  int clamp(int limit, int other) {
    return Math.max(limit, 0) + Math.max(limit, 1) + Math.max(limit, 2) + Math.max(other, limit); // expect: none (R23: parameters a and b, either order)
  }

  static void assertSameText(String expected, String actual) {}

  void checkNames(String first, String second, String third) {
    assertSameText(first, "alpha");
    assertSameText(second, "alpha");
    assertSameText(third, "alpha");
    assertSameText("alpha", first); // expect: none (R23: assertions, where the class's majority may have expected and actual the wrong way round)
  }
}
