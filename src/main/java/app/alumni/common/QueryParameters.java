package app.alumni.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query and path parameters that cannot be converted (a word for a number, an unknown enum constant, an id that is
 * not exactly a UUID) are the client's mistake: 400 with the parameter named, instead of the 404 that JAX-RS
 * prescribes. Enum values ignore case. UUIDs must have the canonical 8-4-4-4-12 form ({@link UUID#fromString} alone
 * would take {@code 1-2-3-4-5}).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    public static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

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
            } else if (annotation instanceof PathParam path) {
                name = path.value();
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
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<UUID>(parameter) {
                @Override
                UUID parse(String value) {
                    String id = value.strip();
                    if (!CANONICAL_UUID.matcher(id).matches()) {
                        throw new IllegalArgumentException("not a canonical UUID");
                    }
                    return UUID.fromString(id);
                }
            };
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<OffsetDateTime>(parameter) {
                @Override
                OffsetDateTime parse(String value) {
                    OffsetDateTime at = OffsetDateTime.parse(value.strip());
                    if (at.getYear() < 1 || at.getYear() > 9999) {
                        throw new IllegalArgumentException("out of range");
                    }
                    return at;
                }
            };
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<LocalDate>(parameter) {
                @Override
                LocalDate parse(String value) {
                    LocalDate day = LocalDate.parse(value.strip());
                    if (day.getYear() < 1 || day.getYear() > 9999) {
                        throw new IllegalArgumentException("out of range");
                    }
                    return day;
                }
            };
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<Enum>(parameter) {
                @Override
                Enum parse(String value) {
                    // Constants are upper case; `when=past` reads as well as `when=PAST`.
                    return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
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
