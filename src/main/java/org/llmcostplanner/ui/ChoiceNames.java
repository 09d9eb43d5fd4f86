package org.llmcostplanner.ui;

import java.util.List;
import java.util.function.Function;

import javafx.util.StringConverter;

/** How a choice box or combo box names its choices, and finds a choice by its name. */
final class ChoiceNames {
    private ChoiceNames() {
    }

    /**
     * Shows each choice by {@code name}; a text is read back as the first of {@code choices} with
     * that name, or null.
     *
     * @param choices the control's items (read when a text is looked up, so later changes count)
     */
    static <T> StringConverter<T> of(List<T> choices, Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return choices.stream().filter(choice -> name.apply(choice).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
