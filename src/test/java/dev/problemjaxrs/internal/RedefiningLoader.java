package dev.problemjaxrs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;

/**
 * Loads some classes again from the test's class path, as a class loader of their own would (another
 * application, or a runtime without some library), hides others, and delegates the rest.
 */
final class RedefiningLoader extends ClassLoader {

    private final Predicate<String> redefined;
    private final Predicate<String> hidden;

    RedefiningLoader(Predicate<String> redefined, Predicate<String> hidden) {
        super(RedefiningLoader.class.getClassLoader());
        this.redefined = redefined;
        this.hidden = hidden;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden.test(name)) {
            throw new ClassNotFoundException(name + " is hidden");
        }
        if (!redefined.test(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            return loaded;
        }
    }
}
