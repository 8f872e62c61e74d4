package dev.specpoet.samples.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Everything one test let out where a logging application could show a secret: the listener's
 * events, each exception a call threw (message, causes, stack trace, the response it carries),
 * and the {@code toString} of clients and options.
 */
final class LeakWatch {
    private final EventLog events = new EventLog();
    private final List<Throwable> caught = new ArrayList<>();
    private final List<Object> shown = new ArrayList<>();
    private final Class<?> apiException;

    /** Watches a client whose runtime has this {@code ApiException} class. */
    LeakWatch(Class<?> apiException) {
        this.apiException = apiException;
    }

    EventLog events() {
        return events;
    }

    /** Runs a call that must fail and keeps what it threw. */
    Throwable failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should have failed").isNotNull();
        caught.add(thrown);
        return thrown;
    }

    /** How many failures were kept. */
    int failures() {
        return caught.size();
    }

    /** Keeps an object whose {@code toString} a log could print. */
    void show(Object object) {
        shown.add(object);
    }

    /** Fails when {@code secret} shows anywhere this watch has seen. */
    void assertNeverShows(String secret) {
        StringBuilder text = new StringBuilder(events.text());
        for (Throwable failure : caught) {
            text.append('\n').append(EventLog.stackTrace(failure));
            if (apiException.isInstance(failure)) {
                text.append('\n').append(GeneratedRuntime.call(failure, "response"));
            }
        }
        shown.forEach(object -> text.append('\n').append(object));
        assertThat(text.toString()).doesNotContain(secret);
    }
}
