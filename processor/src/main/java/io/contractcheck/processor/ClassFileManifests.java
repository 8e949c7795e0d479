package io.contractcheck.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;

/**
 * Reads contract manifests without a {@code Filer}, for the javac plugin: the manifest lives beside
 * the type's class file, and {@code Elements.getFileObjectOf} (JDK 18+) says where that is. On
 * JDK 17 there is no public way, so {@link #source} returns null and calls of class-file contracts
 * are checked with the names in the class file (or reported as unchecked when it has none).
 */
final class ClassFileManifests {
  private ClassFileManifests() {}

  static ManifestReader.Source source(Elements elements) {
    Method getFileObjectOf;
    try {
      getFileObjectOf = Elements.class.getMethod("getFileObjectOf", Element.class);
    } catch (NoSuchMethodException jdk17) {
      return null;
    }
    return (type, packageName, fileName) -> {
      Object file;
      try {
        file = getFileObjectOf.invoke(elements, type);
      } catch (IllegalAccessException | InvocationTargetException unavailable) {
        return null;
      }
      if (!(file instanceof FileObject)) {
        return null;
      }
      String classFile = ((FileObject) file).toUri().toString();
      int slash = classFile.lastIndexOf('/');
      if (slash < 0 || !classFile.endsWith(".class")) {
        return null; // not a class file (e.g. compiled from source after all)
      }
      return read(URI.create(classFile.substring(0, slash + 1) + fileName));
    };
  }

  private static String read(URI manifest) throws IOException {
    URLConnection connection = manifest.toURL().openConnection();
    if (connection instanceof JarURLConnection) {
      connection.setUseCaches(false); // do not keep the jar open after javac is done
    }
    try (InputStream in = connection.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException | NoSuchFileException missing) {
      return null;
    }
  }
}
