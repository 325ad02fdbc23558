package org.campo.study;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.campo.model.Role;

/**
 * Puts a capability check in front of every method of a repository interface. The
 * qualitative-analysis repositories are guarded whole: every one of their rows is analysis
 * data (texts, codes, memos, case attributes, or where they sit), which the IRB role never sees.
 */
final class RoleGuard {
    private RoleGuard() {
    }

    static <T> T requiring(Class<T> type, T delegate, Role role, Capability capability) {
        if (Permissions.allows(role, capability)) {
            return delegate;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                try {
                    return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            Permissions.require(role, capability);
            throw new IllegalStateException("unreachable");
        }));
    }
}
