package org.recits.api.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answer codes give back what was added, across chunks, whether a chunk holds chars, ints, or both codes
 * in an int each, and a view taken earlier keeps what it had while a chunk or the whole store changes form.
 */
class AnswerCodesTest {

    /**
     * @param questions the question codes drawn from (up to)
     * @param values    the value codes drawn from; the codes' range grows along the answers up to these
     */
    @ParameterizedTest
    @CsvSource({
        "20, 300", // chars throughout
        "40, 5000", // values past a char's room: chunks turn into ints, later ones begin as ints
        "70, 70000", // a question past 6 bits: the split moves
        "3000, 100", // questions past 2^11: wide
        "10, 3000000" // values past 2^21: wide
    })
    void givesBackWhatWasAdded(int questions, int values) {
        AnswerCodes codes = new AnswerCodes();
        Random random = new Random(questions * 31L + values);
        int n = 5 * AnswerCodes.CHUNK + 123;
        int[] q = new int[n];
        int[] v = new int[n];
        List<AnswerCodes.Frozen> views = new ArrayList<>();
        List<Integer> viewSizes = new ArrayList<>();
        int seenQuestions = 0;
        int seenValues = 0;
        for (int i = 0; i < n; i++) {
            // the dictionaries grow along the file: new codes are the next ones
            int qMax = 1 + (int) ((long) questions * i / n);
            int vMax = 1 + (int) ((long) values * i / n);
            q[i] = random.nextInt(10) == 0 ? Math.min(seenQuestions, qMax - 1) : random.nextInt(Math.min(qMax, seenQuestions + 1));
            v[i] = random.nextInt(10) == 0 ? Math.min(seenValues, vMax - 1) : random.nextInt(Math.min(vMax, seenValues + 1));
            seenQuestions = Math.max(seenQuestions, q[i] + 1);
            seenValues = Math.max(seenValues, v[i] + 1);
            codes.add(q[i], v[i], seenQuestions, seenValues);
            if (i % 20_011 == 0) {
                views.add(codes.frozen());
                viewSizes.add(i + 1);
            }
        }
        views.add(codes.frozen());
        viewSizes.add(n);
        for (int k = 0; k < views.size(); k++) {
            AnswerCodes.Frozen view = views.get(k);
            for (int i = 0; i < viewSizes.get(k); i++) {
                assertEquals(q[i], view.question(i), "question " + i + " of view " + k);
                assertEquals(v[i], view.value(i), "value " + i + " of view " + k);
            }
        }
    }
}
