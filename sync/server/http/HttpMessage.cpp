#include "HttpMessage.h"

#include "Protocol.h"

#include <QJsonDocument>

namespace fieldcase::sync::server {

HttpResponse HttpResponse::json(int status, const QJsonObject& object) {
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return response;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message) {
    return json(status, errorBody(code, message));
}

HttpResponse HttpResponse::empty(int status) {
    HttpResponse response;
    response.status = status;
    return response;
}

} // namespace fieldcase::sync::server
