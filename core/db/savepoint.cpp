#include "savepoint.h"

#include "sqlquery.h"
#include "writebehind.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// One name is enough: savepoints nest, and RELEASE or ROLLBACK TO acts on the innermost of that name.
const QString kName = u"sf_record"_s;
} // namespace

Savepoint::Savepoint(const Database &db)
    : m_db(db)
    , m_beginStatus(execStatement(db, u"SAVEPOINT "_s + kName))
{
    m_done = !m_beginStatus;
}

Savepoint::~Savepoint()
{
    // Only reached on an early return; if even this fails the connection is gone and so is the
    // enclosing transaction, whose commit then reports it.
    if (!m_done) [[maybe_unused]]
        const Status undone = rollback();
}

Status Savepoint::release()
{
    m_done = true;
    return execStatement(m_db, u"RELEASE SAVEPOINT "_s + kName);
}

Status Savepoint::rollback()
{
    m_done = true;
    WriteBehind::discard(m_db); // held since the savepoint began (beginning it wrote what was held before)
    if (Status undone = execStatement(m_db, u"ROLLBACK TO SAVEPOINT "_s + kName); !undone)
        return undone;
    return execStatement(m_db, u"RELEASE SAVEPOINT "_s + kName);
}

} // namespace sf
