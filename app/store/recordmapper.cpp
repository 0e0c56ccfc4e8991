#include "recordmapper.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <stdexcept>

namespace brugboek::store {

namespace {
bool isDerived(const QMetaObject &meta, const char *property)
{
    const int idx = meta.indexOfClassInfo("derived");
    if (idx < 0)
        return false;
    const QStringList derived = QString::fromLatin1(meta.classInfo(idx).value()).split(QLatin1Char(','));
    return derived.contains(QLatin1String(property));
}
} // namespace

QString RecordMapper::columnName(const char *propertyName)
{
    QString out;
    for (const char *p = propertyName; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z') {
            out += QLatin1Char('_');
            out += QLatin1Char(static_cast<char>(*p - 'A' + 'a'));
        } else {
            out += QLatin1Char(*p);
        }
    }
    return out;
}

const sync::EntityDef &RecordMapper::entityOf(const QMetaObject &meta)
{
    const int idx = meta.indexOfClassInfo("entity");
    if (idx < 0)
        throw std::logic_error(std::string(meta.className()) + " names no entity");
    return sync::entity(meta.classInfo(idx).value());
}

QVariant RecordMapper::toColumn(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant();
    }
    case QMetaType::QVariantList: // a list from QML
        if (!value.canConvert<QStringList>())
            return value;
        [[fallthrough]];
    case QMetaType::QStringList: {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QVariant() : QVariant(list.join(QLatin1Char(',')));
    }
    case QMetaType::Bool:
        return QVariant(static_cast<qint64>(value.toBool() ? 1 : 0));
    case QMetaType::Int:
        return QVariant(value.toLongLong());
    default:
        return value;
    }
}

QVariant RecordMapper::fromColumn(const QVariant &column, int metaType)
{
    switch (metaType) {
    case QMetaType::QDate:
        return column.isNull() ? QDate() : QDate::fromString(column.toString(), Qt::ISODate);
    case QMetaType::QDateTime:
        return column.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(column.toLongLong(), Qt::UTC);
    case QMetaType::QStringList:
        return column.isNull() ? QStringList()
                               : column.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    case QMetaType::Bool:
        return column.toLongLong() != 0;
    case QMetaType::Int:
        return static_cast<int>(column.toLongLong());
    case QMetaType::QString:
        return column.isNull() ? QString() : column.toString();
    default:
        return column;
    }
}

QVariantMap RecordMapper::fields(const QMetaObject &meta, const void *gadget)
{
    const sync::EntityDef &def = entityOf(meta);
    QVariantMap out;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty p = meta.property(i);
        if (qstrcmp(p.name(), "id") == 0 || isDerived(meta, p.name()))
            continue;
        const QString column = columnName(p.name());
        if (!def.field(column.toStdString()))
            throw std::logic_error("property " + std::string(p.name()) + " has no field in " +
                                   std::string(def.name));
        out.insert(column, toColumn(p.readOnGadget(gadget)));
    }
    return out;
}

bool RecordMapper::setColumn(const QMetaObject &meta, void *gadget, const QString &column,
                             const QVariant &value)
{
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty p = meta.property(i);
        if (columnName(p.name()) == column)
            return p.writeOnGadget(gadget, fromColumn(value, p.metaType().id()));
    }
    return false;
}

} // namespace brugboek::store
