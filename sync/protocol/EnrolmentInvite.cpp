#include "EnrolmentInvite.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fieldcase::sync {

namespace {
constexpr auto Scheme = "fieldcase-enrol"_L1;

QString normalisedCode(QString code) {
    code.remove(QRegularExpression(u"[\\s-]"_s));
    return code.toUpper();
}
} // namespace

bool EnrolmentInvite::isWellFormedCode(const QString& code) {
    static const QRegularExpression pattern(u"^[2-9A-HJKMNP-Z]{12,32}$"_s);
    return pattern.match(code).hasMatch();
}

QString EnrolmentInvite::toText() const {
    QUrlQuery query;
    query.addQueryItem(u"server"_s, server.toString());
    query.addQueryItem(u"code"_s, code);
    return Scheme + u":?"_s + query.toString(QUrl::FullyEncoded);
}

std::optional<EnrolmentInvite> EnrolmentInvite::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    EnrolmentInvite invite;
    if (trimmed.startsWith(Scheme + u':')) {
        const QUrlQuery query(trimmed.mid(Scheme.size() + 2));
        invite.server = QUrl(query.queryItemValue(u"server"_s, QUrl::FullyDecoded), QUrl::StrictMode);
        invite.code = normalisedCode(query.queryItemValue(u"code"_s));
        if (!invite.server.isValid() || invite.server.scheme() != u"https"_s ||
            invite.server.host().isEmpty())
            return std::nullopt;
    } else {
        invite.code = normalisedCode(trimmed);
    }
    if (!isWellFormedCode(invite.code))
        return std::nullopt;
    return invite;
}

} // namespace fieldcase::sync
