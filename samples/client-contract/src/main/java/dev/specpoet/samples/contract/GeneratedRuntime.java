package dev.specpoet.samples.contract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The runtime one generated client calls ({@code RetryPolicy}, {@code RequestOptions}, {@code
 * ExchangeListener}, the exceptions), reached by name.
 *
 * <p>A client calls the runtime library of its Jackson edition, or carries a copy of the runtime in
 * its own package ({@code runtime=embedded}); the suite runs against each, so it names no runtime
 * class at compile time and calls their methods by name. A call that throws rethrows what the
 * method threw, unwrapped.
 */
final class GeneratedRuntime {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class, double.class, Double.class);

    private final Class<?> apiClient;

    GeneratedRuntime(Class<?> apiClient) {
        this.apiClient = apiClient;
    }

    /**
     * The runtime class {@code simpleName} of this client, such as {@code ApiTimeoutException}: found
     * in the package of the client's {@code ApiInvoker}, the library's or the client's own copy.
     */
    Class<?> type(String simpleName) {
        try {
            String runtimePackage =
                    apiClient.getMethod("invoker").getReturnType().getPackageName();
            return Class.forName(runtimePackage + "." + simpleName, true, apiClient.getClassLoader());
        } catch (NoSuchMethodException e) {
            throw new AssertionError("the generated ApiClient has no invoker()", e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the generated client has no runtime class " + simpleName, e);
        }
    }

    /** A constant of the generated {@code ApiClient}, such as {@code USER_AGENT}. */
    Object clientConstant(String name) {
        try {
            return apiClient.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("ApiClient has no constant " + name, e);
        }
    }

    /** Starts {@code ApiClient.builder()}. */
    Fluent clientBuilder() {
        return new Fluent(callStatic(apiClient, "builder"));
    }

    /** Starts the builder of a runtime type, such as {@code RequestOptions.builder()}. */
    Fluent builder(String simpleName) {
        return new Fluent(callStatic(type(simpleName), "builder"));
    }

    /** Calls a public static method of a runtime type, such as {@code RetryPolicy.none()}. */
    Object callStatic(String simpleName, String method) {
        return callStatic(type(simpleName), method);
    }

    private static Object callStatic(Class<?> type, String method) {
        return invoke(type, null, method);
    }

    /** Calls the public method {@code method} of {@code target} that accepts {@code args}. */
    static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) {
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && (target == null) == Modifier.isStatic(m.getModifiers()))
                .filter(m -> accepts(m.getParameterTypes(), args))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        type.getName() + " has no method " + name + " for " + Arrays.toString(args)));
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(name + " is not accessible", e);
        }
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> parameter = BOXES.getOrDefault(parameters[i], parameters[i]);
            if (args[i] != null && !parameter.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** A builder of the generated code driven by method names: {@code set("timeout", d).build()}. */
    static final class Fluent {
        private Object builder;

        private Fluent(Object builder) {
            this.builder = builder;
        }

        /** Calls a setter; each returns the builder. */
        Fluent set(String method, Object... args) {
            builder = call(builder, method, args);
            return this;
        }

        /** Applies typed code to the builder, for the setters only the subclass can name. */
        Fluent apply(UnaryOperator<Object> typed) {
            builder = typed.apply(builder);
            return this;
        }

        Object build() {
            return call(builder, "build");
        }
    }
}
