package app.alumni.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters that cannot be converted (a word for a number, an unknown enum constant) are the client's
 * mistake: 400 with the parameter named, instead of the 404 that JAX-RS prescribes. Enum values ignore case.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    /** A query parameter whose value has the wrong type or format. */
    public static class InvalidQueryParameter extends BadRequestException {
        private final String name;

        InvalidQueryParameter(String name) {
            super(name);
            this.name = name;
        }

        public String parameter() {
            return name;
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            }
        }
        if (name == null) {
            return null;
        }
        String parameter = name;
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<Integer>(parameter) {
                @Override
                Integer parse(String value) {
                    return Integer.valueOf(value.strip());
                }
            };
        }
        if (rawType == java.util.UUID.class) {
            return (ParamConverter<T>) new Converter<java.util.UUID>(parameter) {
                @Override
                java.util.UUID parse(String value) {
                    return java.util.UUID.fromString(value.strip());
                }
            };
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<Enum>(parameter) {
                @Override
                Enum parse(String value) {
                    // Constants are upper case; `when=past` reads as well as `when=PAST`.
                    return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
                }
            };
        }
        return null;
    }

    private abstract static class Converter<T> implements ParamConverter<T> {
        private final String parameter;

        Converter(String parameter) {
            this.parameter = parameter;
        }

        abstract T parse(String value);

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse(value);
            } catch (RuntimeException e) {
                throw new InvalidQueryParameter(parameter);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
