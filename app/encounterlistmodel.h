#pragma once

#include "app/store/queries.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// Contactmomenten as rows: the most recent ones (Vandaag), or those of one
// kind at one school in a time range (the conversations of a zitdag).
class EncounterListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        EncounterIdRole = Qt::UserRole,
        HouseholdIdRole,
        TitleRole,
        KindLabelRole,
        WhenTextRole,
        NoteRole,
        DomainsTextRole,
    };
    Q_ENUM(Role)

    explicit EncounterListModel(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    // Restricts the rows to `kind` at `schoolId` in [fromMs, toMs); an empty
    // kind shows the most recent ones again.
    void setRange(const QString &kind, const QString &schoolId, qint64 fromMs, qint64 toMs);
    [[nodiscard]] const QList<store::EncounterRow> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void limitChanged();
    void countChanged();

private:
    QPointer<AppContext> m_context;
    int m_limit = 5;
    QString m_kind;
    QString m_schoolId;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QList<store::EncounterRow> m_rows;
    QHash<QString, QString> m_kindLabels;
    QHash<QString, QString> m_domainLabels;
};

} // namespace brugboek::app
