package org.socialprescribing.fhir.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.instruments.Pam;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;

/** One complete and one incomplete scored measurement of every instrument and star the fixtures know. */
final class MeasurementExamples {

    private MeasurementExamples() {}

    static List<OutcomeMeasurement> all() {
        List<OutcomeMeasurement> all = new ArrayList<>();
        for (FormDefinition form : MeasurementArbitraries.CATALOGUE.all()) {
            all.add(of(form, false));
            if (!form.questions().isEmpty()) {
                all.add(of(form, true));
            }
        }
        return all;
    }

    /** Every item answered with its highest answer, the first left out if {@code incomplete}. */
    static OutcomeMeasurement of(FormDefinition form, boolean incomplete) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : form.questions()) {
            int code = question.type() == FormDefinition.AnswerType.UNCHECKED ? 1 : question.max();
            answers.put(question.key(), Integer.toString(code));
        }
        if (incomplete) {
            answers.remove(form.questions().get(0).key());
        }
        return OutcomeMeasurement.builder()
                .instrumentId(form.id())
                .instrumentVersion(form.version())
                .timepoint(incomplete ? Timepoint.REVIEW : Timepoint.BASELINE)
                .collector(Collector.LINK_WORKER)
                .date(LocalDate.of(2024, 5, 1))
                .putAllAnswers(answers)
                .score(
                        form.shape() == FormDefinition.Shape.RECORDED
                                ? Pam.record(new BigDecimal("61.5"), 3, "Licensed PAM platform (test)")
                                : form.score(answers))
                .build();
    }
}
