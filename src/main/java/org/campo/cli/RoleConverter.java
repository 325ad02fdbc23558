package org.campo.cli;

import org.campo.common.Messages;
import org.campo.model.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code researcher|coordinator|irb}, as stored in the study file. */
final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
        try {
            return Role.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(Messages.get("cli.role.unknown", value));
        }
    }
}
