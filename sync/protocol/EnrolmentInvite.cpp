#include "EnrolmentInvite.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fieldcase::sync {

namespace {
constexpr auto Scheme = "fieldcase-enrol"_L1;
} // namespace

QString EnrolmentInvite::normalisedCode(QString code) {
    static const QRegularExpression separators(u"[\\s-]"_s);
    code.remove(separators);
    return code.toUpper();
}

bool EnrolmentInvite::isWellFormedCode(const QString& code) {
    static const QRegularExpression pattern(u"^[2-9A-HJ-NP-Z]{12,32}$"_s);
    return pattern.match(code).hasMatch();
}

QString EnrolmentInvite::toText() const {
    QUrlQuery query;
    query.addQueryItem(u"server"_s, server.toString());
    query.addQueryItem(u"code"_s, code);
    if (!pin.isEmpty())
        query.addQueryItem(u"pin"_s, pin);
    return Scheme + u":?"_s + query.toString(QUrl::FullyEncoded);
}

std::optional<EnrolmentInvite> EnrolmentInvite::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    EnrolmentInvite invite;
    if (trimmed.startsWith(Scheme + u':')) {
        const QUrlQuery query(trimmed.mid(Scheme.size() + 2));
        invite.server = QUrl(query.queryItemValue(u"server"_s, QUrl::FullyDecoded), QUrl::StrictMode);
        invite.code = normalisedCode(query.queryItemValue(u"code"_s));
        invite.pin = query.queryItemValue(u"pin"_s).toLower();
        static const QRegularExpression hexPin(u"^([0-9a-f]{64})?$"_s);
        if (!invite.server.isValid() || invite.server.scheme() != u"https"_s ||
            invite.server.host().isEmpty() || !hexPin.match(invite.pin).hasMatch())
            return std::nullopt;
    } else {
        invite.code = normalisedCode(trimmed);
    }
    if (!isWellFormedCode(invite.code))
        return std::nullopt;
    return invite;
}

} // namespace fieldcase::sync
