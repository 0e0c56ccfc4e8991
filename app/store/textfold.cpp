#include "textfold.h"

#include <algorithm>

namespace brugboek::store {

namespace {

// Letters that do not decompose into a base letter plus marks.
QString spellOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
    case 0x00F0: // ð
        return QStringLiteral("d");
    case 0x0131: // ı (dotless i)
        return QStringLiteral("i");
    case 0x00FE: // þ
        return QStringLiteral("th");
    case 0x0127: // ħ
        return QStringLiteral("h");
    default:
        return QString(c);
    }
}

QStringList words(const QString &folded)
{
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c.unicode() < 0x80)
            out += c;
        else
            out += spellOut(c);
    }
    return out;
}

QStringList nameTokens(const QString &name)
{
    QStringList tokens = words(foldText(name));
    if (tokens.size() > 1)
        tokens << tokens.join(QString());
    tokens.removeDuplicates();
    return tokens;
}

QStringList personTokens(const QString &givenName, const QString &familyName, const QString &householdName)
{
    QStringList tokens = nameTokens(givenName) + nameTokens(familyName) + nameTokens(householdName);
    tokens.removeDuplicates();
    return tokens;
}

bool tokensMatch(const QStringList &queryTokens, const QStringList &tokens)
{
    for (const QString &q : queryTokens) {
        const bool found =
            std::any_of(tokens.cbegin(), tokens.cend(), [&q](const QString &t) { return t.startsWith(q); });
        if (!found)
            return false;
    }
    return true;
}

QStringList queryTokens(const QString &query)
{
    QStringList tokens = words(foldText(query));
    tokens.removeDuplicates();
    return tokens;
}

} // namespace brugboek::store
