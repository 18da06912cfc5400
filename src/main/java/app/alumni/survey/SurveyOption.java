package app.alumni.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "survey_option")
public class SurveyOption extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "question_id")
    public UUID questionId;
    public int position;
    public String label;
}
