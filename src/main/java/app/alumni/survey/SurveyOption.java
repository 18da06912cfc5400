package app.alumni.survey;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class SurveyOption extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID questionId;
    public int position;
    public String label;
}
