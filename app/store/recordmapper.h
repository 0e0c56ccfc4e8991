#pragma once

#include "sync/core/entities.h"

#include <QMetaObject>
#include <QMetaProperty>
#include <QVariantMap>

#include <string>

namespace brugboek::store {

// Maps a domain gadget (domain.h) onto the fields of its entity and back:
// property "householdId" is field "household_id"; dates are "yyyy-MM-dd"
// text, date-times UTC milliseconds, string lists comma-separated text,
// booleans 0/1. One mapping for every record type instead of one per type.
class RecordMapper
{
public:
    [[nodiscard]] static QString columnName(const char *propertyName);
    [[nodiscard]] static const sync::EntityDef &entityOf(const QMetaObject &meta);

    // Field value -> column value, by the property's C++ type.
    [[nodiscard]] static QVariant toColumn(const QVariant &value);
    // Column value -> property value of the given meta type.
    [[nodiscard]] static QVariant fromColumn(const QVariant &column, int metaType);

    // All synced fields of the record (not "id", not derived properties).
    [[nodiscard]] static QVariantMap fields(const QMetaObject &meta, const void *gadget);
    // Sets the property mapped to `column`; false when there is none.
    static bool setColumn(const QMetaObject &meta, void *gadget, const QString &column,
                          const QVariant &value);

    template<class T> [[nodiscard]] static QVariantMap fields(const T &record)
    {
        return fields(T::staticMetaObject, &record);
    }
    template<class T> [[nodiscard]] static const sync::EntityDef &entityOf()
    {
        return entityOf(T::staticMetaObject);
    }
};

} // namespace brugboek::store
