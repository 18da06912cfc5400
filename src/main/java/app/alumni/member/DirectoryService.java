package app.alumni.member;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.alumni.common.Page;
import app.alumni.member.MemberViews.MemberSummary;

/** The alumni directory: one SQL statement a page, whatever the filters. */
@ApplicationScoped
public class DirectoryService {

    @Transactional
    public Page<MemberSummary> search(DirectoryQuery.DirectoryFilter filter, int limit, String cursor) {
        DirectoryQuery query = DirectoryQuery.of(filter, limit, cursor);
        Query nativeQuery = Member.getEntityManager().createNativeQuery(query.sql(), Member.class);
        query.parameters().forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Member> rows = nativeQuery.getResultList();
        return Page.of(rows, limit, MemberSummary::of, DirectoryQuery::cursorOf);
    }
}
