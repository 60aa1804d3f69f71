// SPDX-License-Identifier: GPL-3.0-or-later
// mente_grab_screen FILE.png: saves what the X display shows (the demo test's screenshot).
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: mente_grab_screen FILE.png\n");
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    const QPixmap shot = screen ? screen->grabWindow(0) : QPixmap();
    if (shot.isNull() || !shot.save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "mente_grab_screen: cannot grab the screen or write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
