#pragma once

#include "db/databaseworker.h"
#include "db/keysetpaging.h"
#include "domain/result.h"

#include <QAbstractTableModel>

#include <deque>

namespace sf {

// The signals of every paged table, in a class moc can see (the template below cannot have them).
class PagedTableSignals : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableSignals)

public:
    using QAbstractTableModel::QAbstractTableModel;

    // A page is being read on the database worker.
    bool fetching() const { return m_fetching; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void loaded();

protected:
    bool m_fetching = false;
};

// A read-only table whose rows come from the database a page at a time as the view scrolls (keyset
// paging). Pages double in size up to a limit, so the first screen is quick and the end of a long
// table comes in a few steps. With a database worker the pages are read there and added when they
// arrive (the window never waits for a query); without one (tests, tools) they are read at once.
template <typename Row> class PagedTableModel : public PagedTableSignals {
public:
    static constexpr int kFirstPageSize = 200;
    // Adding 6 400 rows to a view took up to 77 ms on the GUI thread; 1 600 stay well inside a frame budget.
    static constexpr int kMaxPageSize = 1600;

    using PagedTableSignals::PagedTableSignals;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_exhausted; }

    void setWorker(DatabaseWorker *worker) { m_worker = worker; }

    void fetchMore(const QModelIndex &parent) override
    {
        // Views and testers may ask for more while a change is being announced or a page is on its way;
        // that request waits.
        if (parent.isValid() || m_exhausted || m_changing || m_fetching)
            return;
        auto reader = pageReader(m_next, m_pageSize);
        m_pageSize = qMin(m_pageSize * 2, kMaxPageSize);
        if (!m_worker) {
            append(reader(database()));
            return;
        }
        m_fetching = true;
        m_worker->run<Result<KeysetPage<Row>>>(
            this, [reader](const Database &db) { return reader(db); },
            [this, generation = m_generation](Result<KeysetPage<Row>> page) {
                if (generation != m_generation)
                    return; // read for a query or data that has changed since
                m_fetching = false;
                const bool first = m_rows.empty();
                append(page);
                if (first)
                    Q_EMIT loaded();
            });
    }

    // Reads the first page again, after the query or the data changed.
    void reload()
    {
        m_changing = true;
        beginResetModel();
        m_rows.clear();
        forgetRows();
        m_next.reset();
        m_exhausted = false;
        m_fetching = false;
        ++m_generation;
        m_pageSize = kFirstPageSize;
        endResetModel();
        m_changing = false;
        fetchMore({});
        if (!m_worker)
            Q_EMIT loaded();
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    using PageReader = std::function<Result<KeysetPage<Row>>(const Database &)>;
    // What reads the page after `after`: runs on the worker's thread, so it carries copies of what it needs.
    virtual PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const = 0;
    virtual const Database &database() const = 0;
    DatabaseWorker *worker() const { return m_worker; }
    // A row read from the database is about to become row `position`.
    virtual void adopt(Row &, int /*position*/) {}
    // All rows are about to be read again.
    virtual void forgetRows() {}
    void replaceRow(int row, const Row &value)
    {
        m_rows[row] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    void removeRowAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }

private:
    void append(const Result<KeysetPage<Row>> &page)
    {
        if (!page) {
            m_exhausted = true;
            Q_EMIT errorOccurred(page.error().toString());
            return;
        }
        m_next = page.value().next;
        m_exhausted = !m_next;
        if (page.value().rows.isEmpty())
            return;
        m_changing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().rows.size()) - 1);
        for (Row row : page.value().rows) {
            adopt(row, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
        m_changing = false;
    }

    DatabaseWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    // A deque grows a page at a time without moving the rows before it: a QList of a million rows
    // copied every row on each regrowth, stalling the window for most of a second.
    std::deque<Row> m_rows;
    std::optional<KeysetCursor> m_next;
    bool m_exhausted = true; // until the first reload
    bool m_changing = false;
    int m_pageSize = kFirstPageSize;
};

} // namespace sf
