#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

// A small black PNG, standing in for a handwritten signature where a test needs one in the store.
inline QByteArray inkPng() {
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
