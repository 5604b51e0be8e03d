package org.recits.engine.internal;

/**
 * Turns a plugin's exception into one line a user can pass on to the plugin's author; the whole trace
 * goes to the {@link FailureLog}.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable e) {
        FailureLog.append("plugin failure", e);
        StringBuilder sb = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber()).append(')');
        }
        return sb.toString();
    }
}
