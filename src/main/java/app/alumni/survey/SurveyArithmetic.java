package app.alumni.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.alumni.survey.SurveyDtos.ValueCount;

/** The arithmetic of survey results, apart from the queries that feed it: percentages, means and the NPS. */
final class SurveyArithmetic {

    private SurveyArithmetic() {
    }

    /** A scale or NPS question's answers: how many gave each value, their mean and (for NPS) the net promoter score. */
    record ScaleSummary(List<ValueCount> distribution, Double mean, Double nps) {
    }

    /**
     * The summary of {@code answered} answers counted by value in {@code counts}. Every value of the scale is listed,
     * answered or not. NPS: promoters answer 9 or 10, detractors 0 to 6; the score is their percentages' difference.
     */
    static ScaleSummary scale(SurveyQuestion.Type type, Map<Integer, Integer> counts, int answered) {
        List<ValueCount> distribution = new ArrayList<>();
        long sum = 0;
        for (int v = type.low(); v <= type.high(); v++) {
            int count = counts.getOrDefault(v, 0);
            distribution.add(new ValueCount(v, count));
            sum += (long) v * count;
        }
        Double mean = answered == 0 ? null : round((double) sum / answered);
        Double nps = null;
        if (type == SurveyQuestion.Type.NPS && answered > 0) {
            int promoters = counts.getOrDefault(9, 0) + counts.getOrDefault(10, 0);
            int detractors = counts.entrySet().stream().filter(e -> e.getKey() <= 6).mapToInt(Map.Entry::getValue).sum();
            // From the counts, not from the two rounded percentages (which can be 0.1 off).
            nps = round(100.0 * (promoters - detractors) / answered);
        }
        return new ScaleSummary(distribution, mean, nps);
    }

    /** {@code part} of {@code whole} in percent, to one decimal; 0 of nothing. */
    static double percent(int part, int whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
