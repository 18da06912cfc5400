package app.alumni.member;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.alumni.common.Page;
import app.alumni.common.ReadOnly;
import app.alumni.member.MemberViews.MemberSummary;

/** The alumni directory: one SQL statement a page, whatever the filters. */
@ApplicationScoped
public class DirectoryService {

    @Transactional
    Page<MemberSummary> search(DirectoryFilter filter, UUID viewer, int limit, String cursor) {
        ReadOnly.reads(Member.getEntityManager());
        return Page.of(rows(DirectoryQuery.of(filter, false, viewer, limit, cursor)), limit, MemberSummary::of,
                DirectoryQuery::cursorOf);
    }

    /**
     * The directory as HR sees it (every active member found by what they keep to themselves too), each page turned
     * into views by {@code views} in one go, so that a feature adds its own data to a page in a fixed number of statements.
     */
    @Transactional
    public <T> Page<T> searchAsHr(DirectoryFilter filter, int limit, String cursor, Function<List<Member>, List<T>> views) {
        ReadOnly.reads(Member.getEntityManager());
        return Page.ofBatch(rows(DirectoryQuery.of(filter, true, null, limit, cursor)), limit, views, DirectoryQuery::cursorOf);
    }

    private static List<Member> rows(DirectoryQuery query) {
        Query nativeQuery = Member.getEntityManager().createNativeQuery(query.sql(), Member.class);
        query.parameters().forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Member> rows = nativeQuery.getResultList();
        return rows;
    }
}
