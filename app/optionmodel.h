#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

namespace brugboek::app {

class AppContext;

// The choices of a team list ("levensdomein", "contactsoort", ...), the
// schools ("school") or the people of a household ("person"), each with
// whether it is selected: the chips and pickers of the forms.
class OptionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString list READ list WRITE setList NOTIFY listChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(bool single READ single WRITE setSingle NOTIFY singleChanged)
    Q_PROPERTY(QStringList selected READ selected WRITE setSelected NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedLabels READ selectedLabels NOTIFY selectedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole,
        LabelRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit OptionModel(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString list() const { return m_list; }
    void setList(const QString &list);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    // At most one selected (a picker rather than chips).
    [[nodiscard]] bool single() const { return m_single; }
    void setSingle(bool single);
    [[nodiscard]] QStringList selected() const { return m_selected; }
    void setSelected(const QStringList &codes);
    [[nodiscard]] QString selectedLabels() const;
    [[nodiscard]] int count() const { return static_cast<int>(m_codes.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void toggle(const QString &code);
    Q_INVOKABLE QString labelOf(const QString &code) const;
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void listChanged();
    void householdIdChanged();
    void singleChanged();
    void selectedChanged();
    void countChanged();

private:
    QPointer<AppContext> m_context;
    QString m_list;
    QString m_householdId;
    bool m_single = false;
    QStringList m_codes;
    QStringList m_labels;
    QStringList m_selected;
};

} // namespace brugboek::app
