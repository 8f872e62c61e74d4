package dev.specpoet.samples.contract;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a generated client's {@code ExchangeListener} is told, kept as text: the event names for
 * assertions on the sequence, and everything a logging listener could print, stack traces of the
 * failures included, for the leak checks.
 */
final class EventLog {
    private final List<String> names = new CopyOnWriteArrayList<>();
    private final List<String> texts = new CopyOnWriteArrayList<>();

    /** Returns an implementation of the client's {@code ExchangeListener} interface that records here. */
    Object listener(Class<?> listenerType) {
        return Proxy.newProxyInstance(
                listenerType.getClassLoader(), new Class<?>[] {listenerType}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    record(method.getName(), args[0]);
                    return null;
                });
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "EventLog listener";
        };
    }

    private void record(String name, Object event) {
        StringBuilder text = new StringBuilder(name).append(' ').append(event);
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = GeneratedRuntime.call(event, component.getName());
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value instanceof Throwable failure) {
                text.append('\n').append(stackTrace(failure));
            }
        }
        names.add(name);
        texts.add(text.toString());
    }

    /** The events so far by listener method name ({@code onRequest}, {@code onRetry}...), in order. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** How many events of this kind arrived. */
    long count(String name) {
        return names.stream().filter(name::equals).count();
    }

    /** Every event as a logging listener could print it, one after the other. */
    String text() {
        return String.join("\n", texts);
    }

    /** The whole text {@code printStackTrace} would print, causes included. */
    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
